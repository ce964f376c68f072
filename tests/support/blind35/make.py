"""Blind fixture generator 35: five FICTIONAL review documents as practitioners actually receive and open them: a
web page printed from a browser's reader view, a paper copy scanned to a searchable PDF, a Google Docs draft, a
forwarded e-mail saved from Outlook, and a PDF exported to HTML by Acrobat.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces and
Bitstream Vera TrueType), Pillow, pypdfium2, lxml, python-docx and pdfplumber; no system fonts, no network. Every
generator checks its own key with pdfplumber/pypdfium2/lxml/python-docx, never with the project's parser.

readerview.pdf  a partnership's review page opened in Firefox's READER VIEW and printed to PDF (Creator "Mozilla
                Firefox", Producer cairo): no site chrome, but large type (Arial 14 pt on 22.4 pt lines) in ONE
                NARROW COLUMN in the middle of A4, Reader View's heading block on page 1 (domain, two-line title,
                byline, reading time "12–15 minutes", a rule) and the browser's print header and footer on every
                page (the title cut with an ellipsis, the "about:reader?url=https%3A%2F%2F..." address cut short,
                "3 of 6", the date and time); paragraphs numbered 1-14 straight through by ORDERED LISTS, so the
                numbers are the browser's markers, right-aligned just left of the text; an item of two <p>s, an item
                with disc bullets painted as shapes and a closing <p>, a chart and its italic caption between lists
ocrscan.pdf     a domestic homicide review's printed copy, hole-punched, date-stamped and scanned on an office
                multifunction printer to a "searchable PDF": every page ONE greyscale JPEG at its own slight SKEW
                (-0.9 to +0.7 degrees here) and shift, with speckle, punched holes and the lid's shadow; an INVISIBLE
                OCR layer (render mode 3, Helvetica, not embedded) in which EVERY WORD IS ITS OWN TEXT OBJECT, turned
                by its text matrix to the sheet's angle and stretched with Tz to its width in the image, with no
                space characters (along a printed line the baseline drifts by up to 7 pt); a "RECEIVED 17 MAR 2025"
                stamp read as words at a further 8 degrees; one word misread in the middle of three paragraphs;
                hanging "3.2" numbers, bold "3." headings, a running head and "Page N of M"
gdocbold.docx   a safeguarding adults review drafted in Google Docs and downloaded as .docx, numbered by ONE Google
                list in the "decimal nested" preset ("%1.", "%1.%2." ..., each with a trailing stop) with NO HEADING
                STYLES: each section heading is a Normal paragraph at LEVEL 0 of the paragraphs' own list, bold and
                a size larger ("3." What happened), the paragraphs its level 1 items ("3.1.", "3.2."); a Google
                table under a heading, a paragraph holding a separate Google bullet list and an unnumbered carry-on,
                a paragraph that opens with a bold run-in phrase; page breaks at the start of heading paragraphs
outlook.htm     a child safeguarding practice review forwarded by e-mail with its text pasted into the message and
                saved from Outlook with "Save As" > HTML (windows-1252, CRLF, Word's e-mail HTML: MSO conditional
                comments, @list definitions, <o:p>, WordSection1): the message header table, an external-sender
                banner, the covering note (naming "Paragraphs 3.4 and 4.2") and signature, the forwarded message's
                From/Sent/To/Subject block; sections 1-3 pasted from Word as list paragraphs whose numbers sit in
                downlevel-revealed <![if !supportLists]><span style='mso-list:Ignore'>2.1 ...<![endif]>, Symbol
                bullets inside 2.2; section 4 pasted from the PDF, EVERY PRINTED LINE ITS OWN <p class=MsoNormal>,
                the PDF's footer and running head caught in the middle of 4.2; a signature and a disclaimer
acrobat.html    a safeguarding adults review's PDF exported by Adobe Acrobat as "HTML Web Page" (XHTML 1.0
                Transitional, inline padding styles, "<p><br/></p>" spacers): every list an <ol id="lN"> under
                li {display: block}, each item's number given twice, in data-list-text="3.2" and drawn by Acrobat's
                per-list CSS counters on the item's first child (counter(c1) "." counter(c2)); the sections are the
                items of the outer list (their <h1> headings numbered "3."); a figure breaks section 3's list, which
                resumes in a new list whose counter-reset is "c2 4"; a paragraph whose first child is an <h1> (bold
                run-in words), paragraphs split into two <p>s where they crossed a page, a <ul> inside one

Judgement calls (what a practitioner citing the report would expect):
- the label is the number the reader sees, without a trailing stop: the browser's list marker ("9"), the Google list's
  "3.2." as 3.2, a number drawn by CSS counters (which agrees with data-list-text), a number in Word's list text or
  typed in a line pasted from a PDF ("4.1");
- on a scanned page the words are the OCR layer's words, read along the sheet's slant (the layer is the text a viewer
  searches and copies); a word the OCR misread stays as it reads, and is never among the key's words;
- headings are no paragraphs, also when they are items of the paragraphs' own list (a short, all-bold level 0 Google
  item; a Word list heading "2." in an e-mail; an outer Acrobat list item); a long paragraph that merely opens with
  bold words is a paragraph;
- the browser's print header and footer, Reader View's heading block, running heads, page footers (also a PDF's page
  lines pasted into an e-mail), stamps, title blocks, notices, tables, figures and captions, e-mail headers, banners,
  covering notes, signatures and disclaimers are no paragraph's text; bullets and a carry-on after a lead-in, a second
  <p> of an item, and a paragraph's text on both sides of a pasted page break are its text;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML: null.
"""
import io
import json
import math
import os
import pathlib
import random
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

    _text = _load("blind35_text", "text.py")
    _b34 = _load("blind34_make", "..", "blind34", "make.py")
else:
    from ..blind34 import make as _b34
    from . import text as _text

ParaMaker, contains_seq, norm = _text.ParaMaker, _text.contains_seq, _text.norm
# round 34's helpers (and through it rounds 32, 30, 28 and 27's): measuring, wrapping, the key's entries and checks,
# escaping, a zip with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces, reading pages back
sw, wrap, entry, check_lengths, check_count = _b34.sw, _b34.wrap, _b34.entry, _b34.check_lengths, _b34.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b34.hesc, _b34.xesc, _b34.zip_parts, _b34.new_canvas, _b34.Flow
check_paged, register_fonts, page_words = _b34.check_paged, _b34.register_fonts, _b34.page_words
A, AB, TR, TB, TI = _b34.A, _b34.AB, _b34.TR, _b34.TB, _b34.TI
W_NS, XML_HEAD, PKG_REL, DOC_REL, CT_WML = _b34.W_NS, _b34.XML_HEAD, _b34.PKG_REL, _b34.DOC_REL, _b34.CT_WML
GD_NS = _b34._b32._b30.GD_NS

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A4 = (595.28, 841.89)


def fit(s, width, font, size):
    """``s`` cut to ``width`` with an ellipsis, as a browser's print header cuts a long title or address."""
    if sw(s, font, size) <= width:
        return s
    while s and sw(s + "\u2026", font, size) > width:
        s = s[:-1]
    return s + "\u2026"


# --------------------------------------------------------------------------
# 1. readerview.pdf: a partnership's page opened in Firefox's Reader View and printed to PDF: large type, one
#    narrow column, the browser's header (title, about:reader address) and footer ("2 of 7", date) on every page
# --------------------------------------------------------------------------
# items: n_words; ("TWO", n) an item of two <p>s; ("BULLETS", n) a lead-in, a <ul> of three items and a closing <p>
RV_PLAN = [
    ("Why the partnership carried out this review", [70, 85]),
    ("Freya and her family", [90, ("TWO", 85), 80]),
    ("What happened", [95, ("BULLETS", 70), 90, 85]),
    ("What we found", [95, 100, 85]),
    ("What will change", [80, 75]),
]
RV_BULLETS = ["a record of who else was living at the flat and who visited it;",
              "a conversation with Freya on her own, away from her mother\u2019s partner;",
              "a plan that said which service would follow up the missed appointments."]
RV_TITLE = "Child Safeguarding Practice Review: Freya \u2013 published report"
RV_DOMAIN = "thornbury-scp.org.uk"
RV_PAGE_TITLE = ("Child Safeguarding Practice Review: Freya \u2013 published report | Thornbury Safeguarding "
                 "Children Partnership (FICTIONAL)")
RV_URL = ("about:reader?url=https%3A%2F%2Fwww.thornbury-scp.org.uk%2Fpractice-reviews%2Fcspr-freya-published-"
          "report%2F")
RV_CAPTION = "Figure 1: Contacts with Freya\u2019s family by service, 2022 to 2024 (FICTIONAL)"


def make_readerview(out, pm):
    path = out / "readerview.pdf"
    W, H = A4
    FS, LEAD, GAP = 14.0, 22.4, 12.0
    CL, CR = 82.0, 513.0
    TX = CL + 24.0  # the list's padding: the browser draws each marker right-aligned just left of it
    fl = Flow(H - 52.0, 54.0)

    def text_rows(t, x, marker=None, gap=GAP, tag=None):
        rows = []
        for li, ln in enumerate(wrap(t.split(), CR - x, lambda s: sw(s, A, FS))):
            def draw(c, y, ln=ln, m=marker if li == 0 else None):
                c.setFont(A, FS)
                if m:
                    c.drawRightString(TX - 6.0, y, m)
                c.drawString(x, y, " ".join(ln))
            rows.append((gap if li == 0 else 0.0, LEAD, draw, tag))
        return rows

    def line_row(gap, lead, s, font, size, grey=0.0, x=CL):
        def draw(c, y):
            c.setFillGray(grey)
            c.setFont(font, size)
            c.drawString(x, y, s)
            c.setFillGray(0)
        return (gap, lead, draw, None)

    # Reader View's own header: the site's domain, the title, the byline, the reading time and a rule
    front = [line_row(0.0, 16.0, RV_DOMAIN, A, 10.5, 0.45)]
    front += [line_row(8.0 if k == 0 else 0.0, 29.0, " ".join(ln), AB, 23)
              for k, ln in enumerate(wrap(RV_TITLE.split(), CR - CL, lambda s: sw(s, AB, 23)))]
    front += [line_row(10.0, 17.0, "Thornbury Safeguarding Children Partnership (FICTIONAL)", A, 11, 0.3),
              line_row(2.0, 17.0, "12\u201315 minutes", A, 11, 0.3),
              line_row(4.0, 14.0, FICT + ". " + INVENTED, A, 9.5, 0.3)]

    def rule(c, y):
        c.setStrokeGray(0.75)
        c.setLineWidth(0.6)
        c.line(CL, y + 4, CR, y + 4)
    front.append((6.0, 10.0, rule, None))
    fl.place(front, keep=len(front))
    result, texts, n = [], [], 0
    for s_no, (title, items) in enumerate(RV_PLAN, 1):
        rows = [line_row(22.0, 26.0, title, AB, 18)]
        for it in items:
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            n += 1
            label = str(n)
            t = pm.make(n_words, "child")
            if kind == "BULLETS":
                t = t.rstrip(".") + ". Three things were missing from the plan:"
            prow = text_rows(t, TX, f"{n}.", tag=label)
            if kind == "TWO":
                t2 = pm.make(45, "child")
                prow += text_rows(t2, TX, gap=GAP, tag=label)
                t = t + " " + t2
            elif kind == "BULLETS":
                for b in RV_BULLETS:
                    for li, ln in enumerate(wrap(b.split(), CR - TX - 20, lambda s: sw(s, A, FS))):
                        def draw(c, y, ln=ln, first=li == 0):
                            c.setFont(A, FS)
                            if first:  # the browser paints a disc marker as a shape, not a glyph
                                c.circle(TX + 7, y + 4.2, 2.6, stroke=0, fill=1)
                            c.drawString(TX + 20, y, " ".join(ln))
                        prow.append((6.0 if li == 0 else 0.0, LEAD, draw, label))
                close = pm.make(40, "child")
                prow += text_rows(close, TX, gap=GAP, tag=label)
                t = " ".join([t, *RV_BULLETS, close])
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
        if s_no == 3:  # the page's chart, kept by Reader View as an image with its caption
            def chart(c, y):
                c.setFillGray(0.9)
                c.rect(CL, y - 2, CR - CL, 150, stroke=0, fill=1)
                c.setFillGray(0.55)
                for k, hgt in enumerate([40, 95, 70, 120, 55, 30, 85, 60]):
                    c.rect(CL + 30 + k * 48, y + 10, 26, hgt, stroke=0, fill=1)
                c.setFillGray(0)
            fl.place([(16.0, 156.0, chart, None), line_row(6.0, 15.0, RV_CAPTION, TI, 11, 0.3)], keep=2)
    npages = len(fl.pages)
    c = new_canvas(path, {"Title": RV_PAGE_TITLE, "Author": "", "Creator": "Mozilla Firefox 123.0",
                          "Producer": "cairo 1.18.0 (https://cairographics.org)"})
    for i, prow in enumerate(fl.pages, 1):
        c.setFont(A, 8)
        c.setFillGray(0.2)
        c.drawString(36, H - 24, fit(RV_PAGE_TITLE, 250, A, 8))
        u = fit(RV_URL, 250, A, 8)
        c.drawRightString(W - 36, H - 24, u)
        c.drawString(36, 20, f"{i} of {npages}")
        c.drawRightString(W - 36, 20, "07/03/2025, 14:22")
        c.setFillGray(0)
        for draw, y, _tag in prow:
            draw(c, y)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = page_words(path, lambda ch: abs(ch["size"] - FS) < 0.01)
    check_paged(path.name, pw, result, texts, crossing_range=(1, 8))
    furniture = page_words(path, lambda ch: ch["size"] < 8.5)
    if not all(contains_seq(f, norm(f"{i} of {npages} 07/03/2025 14 22")) and f[:3] == ["child", "safeguarding",
                                                                                         "practice"]
               for i, f in enumerate(furniture, 1)) or "about" not in furniture[0]:
        raise AssertionError("readerview.pdf: the browser's header and footer")
    over = [d["label"] for d, t in zip(result, texts, strict=True) if not contains_seq(pw[d["page"] - 1],
                                                                                      norm(d["ends_with"]))]
    return {
        "note": ("A safeguarding children partnership's web page opened in Firefox's Reader View and printed to PDF "
                 "(Creator 'Mozilla Firefox', Producer cairo): none of the site's own header, navigation or footer, "
                 "but Reader View's large type (Arial 14 pt on 22.4 pt lines) in ONE NARROW COLUMN (431 pt) in the "
                 "middle of an A4 page, and on every page the browser's print header and footer in 8 pt: the page "
                 "title cut short with an ellipsis at the top left, the Reader View address 'about:reader?url="
                 "https%3A%2F%2Fwww.thornbury-scp.org.uk...' cut short at the top right, '2 of 7' at the bottom "
                 "left and the date and time printed at the bottom right. Page 1 opens with Reader View's own "
                 "heading block: the site's domain, the title (23 pt bold, two lines), the byline, the reading "
                 "time ('12\u201315 minutes'), the fictional notice and a rule. The site numbered its paragraphs "
                 f"1-{n} straight through with ORDERED LISTS (one per section, each starting where the last ended), "
                 "so the numbers are the browser's list markers, '9.' and '10.' right-aligned just left of the "
                 "text, regular weight, with the text's lines wrapped under the text, not under the marker; "
                 "unnumbered 18 pt bold section headings; item 4 is two <p>s, item 7 a lead-in, three bullets "
                 "(discs painted as shapes) and a closing <p> (all their text); a chart kept as an image with an "
                 "italic caption after section 3. Paragraphs run over page breaks (" + ", ".join(over) + "). "
                 "The header and footer, the heading block, the headings, the chart and its caption are no "
                 "paragraph's text."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. ocrscan.pdf: a paper copy scanned on an office multifunction printer to a "searchable PDF": every page a
#    JPEG at a slight skew, and an invisible OCR layer whose every word is its own positioned, turned, scaled run
# --------------------------------------------------------------------------
OS_PLAN = [
    ("1.", "Introduction", [85, 95]),
    ("2.", "The review process", [90, 100, 80]),
    ("3.", "Summary of events", [115, 105, 120, 110]),
    ("4.", "Analysis", [110, 120, 100]),
    ("5.", "Conclusions", [90, 85]),
]
OS_TITLE = ["Haverleigh Community Safety Partnership (FICTIONAL)", "Domestic Homicide Review",
            "Overview Report into the death of Karen, March 2023", FICT + ". " + INVENTED]
OS_HEAD = "DHR Karen \u2013 Overview Report \u2013 FINAL (FICTIONAL)"
OS_SKEW = [0.7, -0.9, 0.45, -0.6, 1.05, -0.35]  # degrees, counter-clockwise, one a sheet as it was fed
OS_SHIFT = [(6, -4), (-5, 7), (9, 3), (-3, -6), (4, 8), (-7, 2)]  # pixels at 150 dpi
OS_OCR_SLIPS = {2: ("m", "rn"), 6: ("l", "I"), 10: ("cl", "d")}  # paragraph index: the OCR's misreading


def make_ocrscan(out, pm):
    from PIL import Image, ImageChops, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    path = out / "ocrscan.pdf"
    W, H = A4
    fdir = pathlib.Path(_b34._b32._b30._b28._b27.font_path("Vera.ttf")).parent
    for name in ("Vera", "VeraBd"):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fdir / f"{name}.ttf")))
    FS, LEAD, GAP = 11.0, 16.0, 8.0
    NX, TX, R = 72.0, 108.0, 523.0
    fl = Flow(770.0, 82.0, first_top=650.0)

    def items_row(gap, lead, items, tag=None):
        return (gap, lead, items, tag)  # items: [(x, text, font, size)], drawn word by word

    result, texts, ocr_texts, slipped, k = [], [], [], [], 0
    for num, title, items in OS_PLAN:
        rows = [items_row(16.0, 20.0, ([(NX, num, "VeraBd", 12.0), (TX, title, "VeraBd", 12.0)], {}))]
        for p_no, n_words in enumerate(items, 1):
            label = f"{num}{p_no}"
            t = pm.make(n_words, "dhr")
            seen, slip_at = t, None
            if k in OS_OCR_SLIPS:  # a misread word in mid-paragraph: the image shows it right, the layer not
                a, b = OS_OCR_SLIPS[k]
                ws = t.split(" ")
                slip_at = next(j for j in range(10, len(ws) - 8) if a in ws[j] and ws[j].isalpha())
                ws[slip_at] = ws[slip_at].replace(a, b, 1)
                seen = " ".join(ws)
                slipped.append(label)
            prow, n_before = [], 0
            for li, ln in enumerate(wrap(t.split(), R - TX, lambda s: sw(s, "Vera", FS))):
                its = [(NX, label, "Vera", FS)] if li == 0 else []
                bad = {}
                if slip_at is not None and n_before <= slip_at < n_before + len(ln):
                    bad = {len(its) + slip_at - n_before: seen.split(" ")[slip_at]}
                n_before += len(ln)
                prow.append(items_row(GAP if li == 0 else 0.0, LEAD, ([*its, (TX, " ".join(ln), "Vera", FS)], bad),
                                      label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            ocr_texts.append(seen)
            result.append(entry(label, placed[0][0], t))
            k += 1
    npages = len(fl.pages)
    if npages > len(OS_SKEW):
        raise AssertionError(f"ocrscan.pdf: {npages} pages")
    DPI = 150
    S = DPI / 72.0
    PW, PH = round(W * S), round(H * S)
    fonts = {}

    def pil_font(name, size):
        if (name, size) not in fonts:
            fonts[(name, size)] = ImageFont.truetype(str(fdir / f"{name}.ttf"), size * S)
        return fonts[(name, size)]

    def words_of(x, y, s, font, size):
        outw, cx = [], x
        for wi, wd in enumerate(s.split(" ")):
            if wi:
                cx += sw(" ", font, size)
            outw.append((cx, y, wd, font, size, sw(wd, font, size)))
            cx += sw(wd, font, size)
        return outw

    rng = random.Random(35)
    c = new_canvas(path, {"Title": "Scanned Document", "Author": "", "Creator": "Haverleigh MFD-3F-04 (FICTIONAL)",
                          "Producer": "Scan to PDF with OCR 2.1 (FICTIONAL)"})
    ocr_pages = []
    for i, prow in enumerate(fl.pages, 1):
        lines, misread = [], []  # the words of each printed line, in reading order; the OCR's misreadings
        if i == 1:
            y = 760.0
            for s, font, size, lead in zip(OS_TITLE, ["Vera", "VeraBd", "Vera", "Vera"], [11.0, 17.0, 12.5, 9.0],
                                           [0.0, 30.0, 22.0, 22.0], strict=True):
                y -= lead
                lines.append(words_of(NX, y, s, font, size))
        lines.insert(0, words_of(NX, 806.0, OS_HEAD, "Vera", 8.0))
        for (items, bad), y, _tag in prow:
            ln = [w for x, s, font, size in items for w in words_of(x, y, s, font, size)]
            lines.append(ln)
            misread.append({id(ln[j]): b for j, b in bad.items()})
        foot = f"Page {i} of {npages}"
        lines.append(words_of(W / 2 - sw(foot, "Vera", 8.5) / 2, 40.0, foot, "Vera", 8.5))
        # the sheet as printed, then as scanned: grey paper, speckle, two punched holes, the lid's shadow
        img = Image.new("L", (PW, PH), 247)
        d = ImageDraw.Draw(img)
        for ln in lines:
            for x, y, wd, font, size, _w in ln:
                d.text((x * S, (H - y) * S), wd, font=pil_font(font, size), fill=35, anchor="ls")
        for hy in (H / 2 - 113.0, H / 2 + 113.0):
            cx, cy, r = 22.0 * S, (H - hy) * S, 8.5 * S
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=60)
        if i == 1:  # the team's received stamp, inked at an angle above the title
            st = Image.new("L", (round(170 * S), round(46 * S)), 255)
            sd = ImageDraw.Draw(st)
            sd.rectangle((2, 2, st.width - 3, st.height - 3), outline=90, width=3)
            sd.text((st.width / 2, 20 * S), "RECEIVED 17 MAR 2025", font=pil_font("VeraBd", 11.0), fill=90,
                    anchor="ms")
            sd.text((st.width / 2, 36 * S), "Safeguarding Team", font=pil_font("Vera", 9.0), fill=90, anchor="ms")
            st = st.rotate(8, resample=Image.BICUBIC, expand=True, fillcolor=255)
            ox, oy = round(380 * S), round((H - 835) * S)
            region = img.crop((ox, oy, ox + st.width, oy + st.height))
            img.paste(ImageChops.darker(region, st), (ox, oy))
        for _ in range(1400):
            d.point((rng.randrange(PW), rng.randrange(PH)), fill=rng.randrange(110, 210))
        ang, (dx, dy) = OS_SKEW[i - 1], OS_SHIFT[i - 1]
        img = img.rotate(ang, resample=Image.BICUBIC, translate=(dx, dy), fillcolor=250)
        sd = ImageDraw.Draw(img)
        for k2 in range(10):  # the scanner lid's shadow along the left edge
            sd.line((k2, 0, k2, PH), fill=80 + 16 * k2)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=55)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        # the OCR layer: each word on its own, Helvetica (not embedded), invisible, turned with the sheet and
        # stretched (Tz) to the width it has in the image
        th = math.radians(ang)
        co, si = math.cos(th), math.sin(th)
        cx0, cy0 = W / 2, H / 2

        def turned(x, y, dx=dx, dy=dy, co=co, si=si, cx0=cx0, cy0=cy0):
            return (cx0 + (x - cx0) * co - (y - cy0) * si + dx / S, cy0 + (x - cx0) * si + (y - cy0) * co - dy / S)

        page_ocr = []
        if i == 1:  # the stamp's words, as the OCR read them, at the stamp's own angle
            sa = math.radians(ang + 8)
            for s, x, y, size in (("RECEIVED 17 MAR 2025", 392.0, 816.0, 11.0), ("Safeguarding Team", 420.0, 801.0,
                                                                                   9.0)):
                for x1, y1, wd, _font, sz, wdt in words_of(x, y, s, "VeraBd", size):
                    page_ocr.append((x1, y1, wd, sz, wdt, sa))
        bad = {k2: v for m in misread for k2, v in m.items()}
        for ln in lines:
            for w in ln:
                x, y, wd, font, size, wdt = w
                page_ocr.append((x, y, bad.get(id(w), wd), size, wdt, th))
        for x, y, wd, size, wdt, a in page_ocr:
            X, Y = turned(x, y)
            to = c.beginText()
            to.setTextRenderMode(3)
            to.setFont("Helvetica", size)
            to.setHorizScale(100.0 * wdt / sw(wd, "Helvetica", size))
            to.setTextTransform(math.cos(a), math.sin(a), -math.sin(a), math.cos(a), X, Y)
            to.textOut(wd)
            c.drawText(to)
        ocr_pages.append(page_ocr)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: pdfium's text of the body band of each page (the words it strings together by position; the
    # layer has no space characters), and pdfplumber's characters, every one turned off the horizontal
    import pdfplumber
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    pw = []
    for page in pdf:
        tp = page.get_textpage()
        pw.append(norm(tp.get_text_bounded(left=0, bottom=60, right=W, top=788)))
        tp.close()
        page.close()
    pdf.close()
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t in zip(result, ocr_texts, strict=True):
        if not contains_seq(allw, norm(t)):
            raise AssertionError(f"ocrscan.pdf: text of {d['label']} not read back in one piece")
        if not contains_seq(pw[d["page"] - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"ocrscan.pdf: label and first words of {d['label']} on page {d['page']}")
        crossing += not contains_seq(pw[d["page"] - 1], norm(d["ends_with"]))
    if not 1 <= crossing <= 5 or not 3 <= npages <= 6:
        raise AssertionError(f"ocrscan.pdf: {crossing} paragraphs over page breaks, {npages} pages")
    with pdfplumber.open(path) as pl:
        for page, a in zip(pl.pages, OS_SKEW, strict=False):
            body = [ch for ch in page.chars if ch["fontname"] == "Helvetica"]
            if not body or any(abs(ch["matrix"][1]) < 0.003 for ch in body) or \
                    any(ch["text"] == " " for ch in page.chars) or len(page.images) != 1:
                raise AssertionError("ocrscan.pdf: the layer's words not turned, or spaces in it")
            if not (a > 0) == (sum(ch["matrix"][1] > 0 for ch in body) > len(body) / 2):
                raise AssertionError("ocrscan.pdf: skew direction")
    over = [d["label"] for d, t in zip(result, texts, strict=True) if not contains_seq(pw[d["page"] - 1],
                                                                                      norm(d["ends_with"]))]
    return {
        "note": ("A domestic homicide review's overview report as a practitioner's team received it: the printed "
                 "copy, hole-punched, date-stamped and scanned on an office multifunction printer with 'Scan to "
                 "searchable PDF'. Every page is ONE greyscale JPEG (150 dpi) of the printed sheet, each sheet at "
                 "its own slight SKEW (" + ", ".join(f"{a:+.2f}" for a in OS_SKEW[:npages]) + " degrees, "
                 "counter-clockwise positive) and shifted a few points, "
                 "with speckle, two punched holes in the left margin and the scanner lid's shadow; over it an "
                 "INVISIBLE OCR text layer (render mode 3) in Helvetica, not embedded, in which EVERY WORD IS ITS "
                 "OWN TEXT OBJECT, turned by its text matrix to the sheet's angle and stretched with Tz to the "
                 "width the word has in the image; there are no space characters, so words are parted only by "
                 "their positions, and along a printed line the baseline climbs or falls by up to 7 pt (the next "
                 "line is 16 pt below). The printed report has a running head, 'Page N of M' footers, a title "
                 "block on page 1, bold '3.' section headings and '3.2' numbers hanging at the margin; page 1 "
                 "also carries a rubber stamp 'RECEIVED 17 MAR 2025 / Safeguarding Team' inked at a further 8 "
                 "degrees above the title, which the OCR read as words too. The OCR misread one word in the middle "
                 "of three paragraphs (" + ", ".join(f"{lb} '{b}' for '{a}'" for lb, (a, b) in zip(
                     slipped, OS_OCR_SLIPS.values(), strict=True)) + "); none is among the key's words. "
                 "Running heads, footers, the title block, the stamp and the headings are no "
                 "paragraph's text. Paragraphs over page breaks: " + ", ".join(over) + "; page = the physical "
                 "page where the paragraph's number is."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. gdocbold.docx: a Google Docs .docx whose section headings are bold items at level 0 of the same Google list
#    as the paragraphs ("3." then "3.1."), not heading styles
# --------------------------------------------------------------------------
# items: n_words; ("RUNIN", n) a paragraph that opens with a bold run-in phrase; ("BULLETS", n) a lead-in, three
# Google bullets and an unnumbered carry-on paragraph; "TABLE" a Google table straight under the heading
GB_PLAN = [
    ("Introduction", [80, 90]),
    ("The agencies involved", ["TABLE", 85, 95]),
    ("What happened", [110, ("BULLETS", 85), 100]),
    ("Analysis", [("RUNIN", 105), 115, 100]),
    ("Recommendations", [85, 80]),
]
GB_BREAK_BEFORE = {3, 4, 5}  # sections whose heading paragraph opens with a page break
GB_BULLETS = ["the adult social care assessment in April, which was closed when he would not open the door;",
              "the GP\u2019s letter in June, which asked the practice nurse to visit and was never answered;",
              "the housing officer\u2019s report in September of rubbish on the stairs and in the yard."]
GB_TABLE = [("Agency", "Contact with Mr B"), ("Gossiby medical practice (FICTIONAL)", "GP and practice nurse"),
            ("Haverleigh adult social care (FICTIONAL)", "Two assessments"),
            ("Leverthorpe housing trust (FICTIONAL)", "Landlord"), ("Haverleigh fire service (FICTIONAL)", "None")]
GB_RUNIN = "Working with a man who said no."
GB_TITLE = "Safeguarding Adults Review: Mr B"


def gb_levels():
    """Google Docs' 'decimal nested' list preset: every level decimal, '%1.', '%1.%2.', '%1.%2.%3.' ..."""
    return "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                   f'<w:lvlText w:val="{"".join(f"%{j + 1}." for j in range(k + 1))}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="{720 * (k + 1)}" w:hanging="{360 + 72 * k}"/></w:pPr><w:rPr>'
                   '<w:u w:val="none"/></w:rPr></w:lvl>' for k in range(9))


def gb_bullets():
    marks = ["\u25cf", "\u25cb", "\u25a0"] * 3
    return "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                   f'<w:lvlText w:val="{marks[k]}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (k + 1)}" '
                   'w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>' for k in range(9))


def make_gdocbold(out, pm):
    path = out / "gdocbold.docx"
    pid = iter(range(1, 10000))

    def p(runs, ppr="", mark=""):
        return (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
                f'w:rsidRPr="00000000" w14:paraId="{next(pid):08X}"><w:pPr>{ppr}<w:rPr>{mark}</w:rPr></w:pPr>'
                f"{runs}</w:p>")

    def r(text, rpr=""):
        return (f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>{rpr}<w:rtl w:val="0"/>'
                f'</w:rPr><w:t xml:space="preserve">{xesc(text)}</w:t></w:r>')

    brk = '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:br w:type="page"/></w:r>'
    spacing = '<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"/>'

    def num_ppr(ilvl, num_id=1, before=0):
        ind = {0: '<w:ind w:left="425" w:hanging="425"/>', 1: '<w:ind w:left="709" w:hanging="709"/>'}[ilvl] \
            if num_id == 1 else '<w:ind w:left="1134" w:hanging="360"/>'
        sp = spacing.replace('w:before="0"', f'w:before="{before}"')
        return (f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>{sp}{ind}'
                '<w:jc w:val="both"/>')

    result, texts, body, page, words = [], [], [], 1, {1: 0}
    for s_no, (title, items) in enumerate(GB_PLAN, 1):
        lead = ""
        if s_no in GB_BREAK_BEFORE:
            lead = brk
            page += 1
            words[page] = 0
        # the heading: an item at level 0 of the paragraphs' own list, its text bold and a size larger, Normal style
        body.append(p(lead + r(title, '<w:b w:val="1"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
                      num_ppr(0, before=240), '<w:b w:val="1"/><w:sz w:val="24"/><w:szCs w:val="24"/>'))
        p_no = 0
        for it in items:
            if it == "TABLE":
                rows = []
                for k, row in enumerate(GB_TABLE):
                    rpr = '<w:b w:val="1"/>' if k == 0 else ""
                    cells = "".join(
                        '<w:tc><w:tcPr><w:shd w:fill="' + ("d9ead3" if k == 0 else "ffffff") + '" w:val="clear"/>'
                        '<w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom '
                        'w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign '
                        'w:val="top"/></w:tcPr>' + p(r(cell, rpr), '<w:widowControl w:val="0"/><w:spacing '
                                                      'w:line="240" w:lineRule="auto"/>') + "</w:tc>"
                        for cell in row)
                    rows.append(f'<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>{cells}'
                                "</w:tr>")
                body.append('<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="9029.0" w:type="dxa"/>'
                            '<w:jc w:val="left"/><w:tblBorders><w:top w:color="000000" w:space="0" w:sz="8" '
                            'w:val="single"/><w:left w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                            '<w:bottom w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:right '
                            'w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:insideH w:color="000000" '
                            'w:space="0" w:sz="8" w:val="single"/><w:insideV w:color="000000" w:space="0" w:sz="8" '
                            'w:val="single"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/>'
                            '</w:tblPr><w:tblGrid><w:gridCol w:w="4514.5"/><w:gridCol w:w="4514.5"/></w:tblGrid>'
                            + "".join(rows) + "</w:tbl>")
                body.append(p("", spacing))
                continue
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            p_no += 1
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            if kind == "RUNIN":
                body.append(p(r(GB_RUNIN, '<w:b w:val="1"/>') + r(" " + t), num_ppr(1)))
                t = GB_RUNIN + " " + t
            elif kind == "BULLETS":
                a = t.rstrip(".") + ". Three chances to see the whole picture were missed:"
                b = pm.make(45, "adult")
                body.append(p(r(a), num_ppr(1)))
                body += [p(r(x), num_ppr(0, num_id=2)) for x in GB_BULLETS]
                body.append(p(r(b), spacing + '<w:ind w:left="709" w:firstLine="0"/><w:jc w:val="both"/>'))
                t = " ".join([a, *GB_BULLETS, b])
            else:
                body.append(p(r(t), num_ppr(1)))
            texts.append(t)
            words[page] += len(t.split())
            result.append(entry(label, page, t))
    front = [p(r(GB_TITLE), '<w:pStyle w:val="Title"/>'),
             p(r("Overview report \u2013 Haverleigh Safeguarding Adults Board (FICTIONAL)"),
               '<w:pStyle w:val="Subtitle"/>'),
             p(r(FICT + ". " + INVENTED, '<w:i w:val="1"/>'), spacing),
             p(r("Draft 4 \u2013 shared for comment by the review panel, January 2025", '<w:color w:val="666666"/>'),
               spacing)]
    sect = ('<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/><w:pgMar w:bottom="1440" w:top="1440" '
            'w:left="1440" w:right="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {GD_NS}><w:body>{"".join(front + body)}{sect}</w:body></w:document>'
    numbering = (f'{XML_HEAD}<w:numbering {GD_NS}><w:abstractNum w:abstractNumId="1"><w:nsid w:val="0000000B"/>'
                 f'<w:multiLevelType w:val="multilevel"/>{gb_levels()}</w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="0000000C"/><w:multiLevelType '
                 f'w:val="multilevel"/>{gb_bullets()}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>'
                 '</w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>')
    styles = (f'{XML_HEAD}<w:styles {GD_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" '
              'w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
              '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" '
              'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/>'
              '</w:style>'
              + "".join(f'<w:style w:type="paragraph" w:styleId="Heading{k}"><w:name w:val="heading {k}"/>'
                        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
                        f'<w:keepLines w:val="1"/><w:spacing w:after="120" w:before="{480 - 40 * k}" '
                        f'w:lineRule="auto"/><w:outlineLvl w:val="{k - 1}"/></w:pPr><w:rPr><w:sz w:val="'
                        f'{44 - 4 * k}"/><w:szCs w:val="{44 - 4 * k}"/></w:rPr></w:style>' for k in range(1, 7))
              + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" '
              'w:before="0" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr>'
              '</w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
              '<w:keepLines w:val="1"/><w:spacing w:after="320" w:before="0" w:lineRule="auto"/></w:pPr><w:rPr>'
              '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
              '</w:style><w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr>'
              '<w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" '
              'w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right '
              'w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>')
    settings = (f'{XML_HEAD}<w:settings {GD_NS}><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/>'
                '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>')
    fonts = (f'{XML_HEAD}<w:fonts {GD_NS}><w:font w:name="Arial"><w:altName w:val="Arial"/>'
             '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
             '<w:pitch w:val="variable"/></w:font></w:fonts>')
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/>'
          '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          f'<Override ContentType="{CT_WML}numbering+xml" PartName="/word/numbering.xml"/>'
          f'<Override ContentType="{CT_WML}styles+xml" PartName="/word/styles.xml"/>'
          f'<Override ContentType="{CT_WML}fontTable+xml" PartName="/word/fontTable.xml"/>'
          f'<Override ContentType="{CT_WML}settings+xml" PartName="/word/settings.xml"/>'
          f'<Override ContentType="{CT_WML}document.main+xml" PartName="/word/document.xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/fontTable" Target="fontTable.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId4" Type="{DOC_REL}/styles" Target="styles.xml"/></Relationships>')
    zip_parts(path, {"word/numbering.xml": numbering, "word/settings.xml": settings, "word/fontTable.xml": fonts,
                     "word/styles.xml": styles, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "_rels/.rels": rels, "[Content_Types].xml": ct},
              (1980, 1, 1, 0, 0, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"gdocbold.docx: words per page {words}")
    # read back: python-docx opens it; the numbers as Word draws them from the list ("%1.%2." at level 1, the
    # level 0 counter advanced by the bold heading items); a level 0 item is a heading when all its text is bold
    # and short; bullets and an unnumbered paragraph carry a paragraph on; table cells are skipped
    import docx
    from lxml import etree
    d = docx.Document(str(path))
    if any(pp.style.name.startswith("Heading") for pp in d.paragraphs):
        raise AssertionError("gdocbold.docx: a heading style")
    W_ = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    nroot = etree.fromstring(z.read("word/numbering.xml"))
    lvl_text = {(a.get(W_ + "abstractNumId"), int(lv.get(W_ + "ilvl"))): lv.find(W_ + "lvlText").get(W_ + "val")
                for a in nroot.findall(W_ + "abstractNum") for lv in a.findall(W_ + "lvl")}
    root = etree.fromstring(z.read("word/document.xml"))
    counters, got, pgc, cur, heads = [0] * 9, [], 1, None, 0
    for el in root.find(W_ + "body"):
        if el.tag != W_ + "p":
            continue
        pgc += len(el.findall(f".//{W_}br[@{W_}type='page']"))
        runs = el.findall(W_ + "r")
        text = "".join(t.text for t in el.iter(W_ + "t"))
        np_ = el.find(f"{W_}pPr/{W_}numPr")
        if np_ is not None and np_.find(W_ + "numId").get(W_ + "val") == "1":
            lvl = int(np_.find(W_ + "ilvl").get(W_ + "val"))
            counters[lvl] += 1
            counters[lvl + 1:] = [0] * (8 - lvl)
            shown = re.sub(r"%(\d)", lambda m: str(counters[int(m.group(1)) - 1]), lvl_text[("1", lvl)])
            bold = all(rr.find(f"{W_}rPr/{W_}b") is not None for rr in runs if rr.find(W_ + "t") is not None)
            if lvl == 0 and bold and len(text.split()) <= 6:
                heads += 1
                cur = None
                continue
            cur = [shown.rstrip("."), pgc, text]
            got.append(cur)
        elif cur is not None and text:
            cur[2] += " " + text
    want = [[e["label"], e["page"], t] for e, t in zip(result, texts, strict=True)]
    if got != want or heads != len(GB_PLAN):
        raise AssertionError(f"gdocbold.docx: read back {[(g[0], g[1], g[2][:25]) for g in got]}")
    return {
        "note": ("A safeguarding adults review drafted in Google Docs and downloaded as .docx (Google's markup: zero "
                 "rsids, sequential w14:paraId, <w:rtl w:val=\"0\"/> in every run, page size 11909 x 16834, a "
                 "Google table with fractional twips), whose author numbered it with ONE Google list in the "
                 "'decimal nested' preset (every level decimal, lvlText '%1.', '%1.%2.', '%1.%2.%3.', each with "
                 "a trailing stop) and used NO HEADING STYLES: every section heading is a Normal paragraph at "
                 "LEVEL 0 of the same list as the paragraphs, its text bold and a size larger ('3.' What "
                 "happened), and the paragraphs are the level 1 items below it ('3.1.', '3.2.'), so the heading "
                 "items drive the first half of every paragraph number. The heading styles exist in styles.xml, "
                 "unused. A table of agencies stands under the heading of section 2 before 2.1. Paragraph 3.2 is a "
                 "lead-in, three items of a separate Google bullet list ('\u25cf') and an unnumbered indented "
                 "carry-on paragraph: all its text; 4.1 opens with a bold run-in phrase ('Working with a man who "
                 "said no.') and is a paragraph, not a heading (long, not all bold). The labels are the numbers "
                 "without their trailing stop ('3.2'); the level 0 heading items, the title, subtitle, notice, "
                 "draft line and the table are no paragraph. Page breaks open the heading paragraphs of sections "
                 "3, 4 and 5: page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. outlook.htm: a forwarded e-mail holding a review, saved from Outlook with "Save As" > HTML (windows-1252, Word's
#    HTML: MSO conditional comments, Word's list paragraphs, the message header block above the body)
# --------------------------------------------------------------------------
# sections 1-3 pasted from the Word report (Word's numbered list: headings "%1." at level 1, paragraphs "%1.%2" at
# level 2); section 4 pasted later from the PDF (typed numbers, every printed line its own paragraph, the PDF's
# running head and footer caught in the middle of 4.2). items: n_words, ("BULLETS", n): a lead-in, three Symbol
# bullets and a carry-on paragraph
OL_PLAN = [
    ("Introduction", [75, 85], "word"),
    ("Background", [95, ("BULLETS", 80), 90], "word"),
    ("What happened", [100, 95, 110, 90], "word"),
    ("What we have learned", [90, 105, 85], "pdf"),
]
OL_BULLETS = ["the school nurse, who saw Jayden twice in the autumn term;",
              "the youth offending service, which was working with his older brother;",
              "the housing officer, who visited after the complaint about noise."]
OL_TITLE = "Child Safeguarding Practice Review: Jayden \u2013 Overview Report"
OL_PDF_HEAD = "CSPR Jayden \u2013 Overview Report \u2013 Ashcombe Safeguarding Children Partnership"
OL_SPACE = "&nbsp;" * 7 + " "


def ol_wrap(s, width=76):
    """Word writes its HTML with the source wrapped at about 76 columns (a line break is a space to a browser)."""
    out, cur = [], ""
    for tok in s.split(" "):
        if cur and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = tok
        else:
            cur = tok if not cur else cur + " " + tok
    out.append(cur)
    return "\n".join(out)


def make_outlook(out, pm):
    path = out / "outlook.htm"

    def msop(html, cls="MsoNormal", style=""):
        st = f" style='{style}'" if style else ""
        return ol_wrap(f"<p class={cls}{st}>{html}<o:p></o:p></p>")

    def span(s):
        return f"<span lang=EN-GB>{hesc(s)}</span>"

    result, texts, parts = [], [], []
    for s_no, (title, items, how) in enumerate(OL_PLAN, 1):
        if how == "word":
            parts.append(ol_wrap(
                "<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;mso-add-space:auto;text-indent:-18.0pt;"
                f"mso-list:l0 level1 lfo1'><![if !supportLists]><b><span lang=EN-GB><span style='mso-list:Ignore'>"
                f"{s_no}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                f"</span></span></span></b><![endif]><b><span lang=EN-GB>{hesc(title)}<o:p></o:p></span></b></p>"))
        else:  # pasted from the PDF: a plain line, the heading's bold lost
            parts.append(msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"))
            parts.append(msop(span(f"{s_no}. {title}")))
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "child")
            cls = "MsoListParagraphCxSpMiddle"
            if how == "word":
                if kind == "BULLETS":
                    t = t.rstrip(".") + ". Three services knew Jayden and his family:"
                parts.append(ol_wrap(
                    f"<p class={cls} style='margin-left:35.45pt;mso-add-space:auto;text-indent:-35.45pt;mso-list:l0 "
                    f"level2 lfo1'><![if !supportLists]><span lang=EN-GB><span style='mso-list:Ignore'>{label}"
                    f"<span style='font:7.0pt \"Times New Roman\"'>{OL_SPACE}</span></span></span><![endif]>"
                    f"{span(t)}<o:p></o:p></p>"))
                if kind == "BULLETS":
                    for b in OL_BULLETS:
                        parts.append(ol_wrap(
                            f"<p class={cls} style='margin-left:53.45pt;mso-add-space:auto;text-indent:-18.0pt;"
                            "mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-GB style='font-family:"
                            "Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt \"Times New "
                            f"Roman\"'>{OL_SPACE}</span></span></span><![endif]>{span(b)}<o:p></o:p></p>"))
                    close = pm.make(40, "child")
                    parts.append(msop(span(close), cls, "margin-left:35.45pt;mso-add-space:auto"))
                    t = " ".join([t, *OL_BULLETS, close])
            else:
                lines = [" ".join(ln) for ln in wrap(f"{label} {t}".split(), 92, len)]
                parts.append(msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"))
                for k, ln in enumerate(lines):
                    if label == f"{s_no}.2" and k == len(lines) // 2:  # the PDF's page turn, copied with the text
                        parts += [msop(span("Page 11 of 14")), msop(span(OL_PDF_HEAD))]
                    parts.append(msop(span(ln)))
            texts.append(t)
            result.append(entry(label, None, t))
    names = "Ashcombe Safeguarding Children Partnership (FICTIONAL)"
    header_rows = [("From:", "Dunmore, Priya &lt;priya.dunmore@ashcombe-health.example&gt;"),
                   ("Sent:", "14 March 2025 09:12"),
                   ("To:", "Named Nurses (Ashcombe Community Health) &lt;namednurses@ashcombe-health.example&gt;"),
                   ("Cc:", "Safeguarding Admin &lt;sgadmin@ashcombe-health.example&gt;"),
                   ("Subject:", "FW: CSPR Jayden \u2013 published overview report (for reading before Thursday)")]
    header = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
              + "\n".join(f" <tr>\n  <td width=96 valign=top style='width:72.0pt;padding:0cm 0cm 0cm 0cm'>\n  "
                          f"<p class=MsoNormal><b><span style='color:black'>{a}<o:p></o:p></span></b></p>\n  </td>\n"
                          f"  <td valign=top style='padding:0cm 0cm 0cm 0cm'>\n  <p class=MsoNormal><span "
                          f"style='color:black'>{hesc(b) if a == 'Subject:' else b}<o:p></o:p></span></p>\n  </td>\n"
                          " </tr>" for a, b in header_rows)
              + "\n</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    banner = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%;"
              "background:#FFEB9C'>\n <tr>\n  <td style='padding:3.75pt 3.75pt 3.75pt 3.75pt'>\n  <p class=MsoNormal>"
              "<b><span style='font-size:9.0pt;color:#9C5700'>CAUTION:</span></b><span style='font-size:9.0pt;"
              "color:#9C5700'> This email originated from outside of the organisation. Do not click links or open "
              "attachments unless you recognise the sender and know the content is safe.<o:p></o:p></span></p>\n"
              "  </td>\n </tr>\n</table>")
    cover = [msop(span("Dear all,")), msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"),
             msop(span("Please see below the published overview report of the Jayden review, which the partnership "
                       "sent round yesterday. Paragraphs 3.4 and 4.2 are the ones for our teams; we will go through "
                       "them at Thursday\u2019s supervision group, so please read the whole report before then.")),
             msop(span("The PDF is on the partnership\u2019s website if you prefer it.")),
             msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"),
             msop(span("Kind regards,")), msop(span("Priya")), msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>",
                                                                                            "</p>"),
             msop("<b><span lang=EN-GB style='color:#1F4E79'>Priya Dunmore</span></b>"),
             msop(span("Named Nurse for Safeguarding Children | Ashcombe Community Health (FICTIONAL)")),
             msop(span("Tel: 01632 960 418 | Mobile: 07700 900 418")),
             msop(span("Working days: Monday to Thursday")),
             msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>")]
    fwd = ("<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
           + ol_wrap("<p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> Business Support "
                     "(ASCP) &lt;ascp.business@ashcombe.example&gt; <br><b>Sent:</b> 13 March 2025 16:40<br><b>To:"
                     "</b> ASCP Partners &lt;ascp.partners@ashcombe.example&gt;<br><b>Subject:</b> CSPR Jayden "
                     "\u2013 published overview report<o:p></o:p></span></p>") + "\n</div>\n</div>")
    intro = [msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"),
             msop(span("Good afternoon,")),
             msop(span("The partnership published the overview report of the Jayden review today. Its text is "
                       "copied below for colleagues who cannot open attachments; sections 1 to 3 are from the Word "
                       "version and section 4 from the published PDF.")),
             msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"),
             msop(f"<b><span lang=EN-GB style='font-size:14.0pt'>{hesc(OL_TITLE)}<o:p></o:p></span></b>"
                  ).replace("<o:p></o:p></span></b><o:p></o:p></p>", "<o:p></o:p></span></b></p>"),
             msop(span(names + " \u2013 " + FICT + ". " + INVENTED))]
    outro = [msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"),
             msop(span("Kind regards,")), msop(span("Business Support Team")), msop(span(names)),
             msop("<o:p>&nbsp;</o:p>").replace("<o:p></o:p></p>", "</p>"),
             msop("<span style='font-size:8.0pt;color:gray'>This email and any attachments are confidential and "
                  "intended solely for the addressee. If you have received it in error, please tell the sender "
                  "and delete it. Ashcombe Council (FICTIONAL) may monitor emails to protect its systems.</span>")]
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="FW%20CSPR%20Jayden%20published%20overview%20report_files/filelist.xml">
<title>FW: CSPR Jayden \u2013 published overview report (for reading before Thursday)</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Dunmore, Priya</o:Author>
  <o:Template>NormalEmail</o:Template>
  <o:Revision>2</o:Revision>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:EnvelopeVis/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-GB</w:LidThemeOther>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
\t{font-family:Aptos;}
 @font-face
\t{font-family:Symbol;
\tpanose-1:5 5 1 2 1 7 6 2 5 7;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{mso-style-priority:34;
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;}
p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
\t{mso-style-priority:34;
\tmso-style-type:export-only;
\tmargin-left:36.0pt;
\tmso-add-space:auto;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;}
span.EmailStyle19
\t{mso-style-type:personal-reply;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
 /* List Definitions */
 @list l0
\t{mso-list-id:1437016282;
\tmso-list-template-ids:-1290139458;}
@list l0:level1
\t{mso-level-text:"%1\\.";
\tmso-level-tab-stop:none;
\tmso-level-number-position:left;
\tmargin-left:18.0pt;
\ttext-indent:-18.0pt;}
@list l0:level2
\t{mso-level-text:"%1\\.%2";
\tmso-level-tab-stop:none;
\tmso-level-number-position:left;
\tmargin-left:35.45pt;
\ttext-indent:-35.45pt;}
@list l1
\t{mso-list-id:802160925;
\tmso-list-type:hybrid;
\tmso-list-template-ids:1408434628 134807553 134807555 134807557;}
@list l1:level1
\t{mso-level-number-format:bullet;
\tmso-level-text:\\F0B7;
\tmso-level-tab-stop:none;
\tmso-level-number-position:left;
\ttext-indent:-18.0pt;
\tfont-family:Symbol;}
ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
-->
</style><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1" />
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-GB link="#467886" vlink="#96607D" style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

"""
    page = (head + "\n\n".join([header, banner, *cover, fwd, *intro, *parts, *outro])
            + "\n\n</div>\n\n</body>\n\n</html>\n")
    data = page.replace("\n", "\r\n").encode("cp1252")
    path.write_bytes(data)
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser shows it: the downlevel-revealed <![if !supportLists]> ... <![endif]> markers are
    # bogus comments (their content, the list numbers, is shown); in the message body, after the report's title
    # line and up to the sender's "Kind regards,", a line "3.2 ..." starts a paragraph, "3. Title" (or the list
    # heading) ends one, the PDF's page lines are skipped and any other line carries the paragraph on
    from lxml import html as lhtml
    src = data.decode("cp1252")
    if not src.startswith("<html xmlns:v=") or "charset=windows-1252" not in src or "\u2019".encode("cp1252") \
            not in data or src.count("<![if !supportLists]>") < 15 or src.count("<!--[if gte mso 9]>") != 4:
        raise AssertionError("outlook.htm: Outlook's HTML")
    root = lhtml.fromstring(re.sub(r"<!\[(if !supportLists|endif)\]>", "", src))
    paras = [" ".join(pp.text_content().replace("\xa0", " ").split()) for pp in root.iter("p")]
    start = paras.index(OL_TITLE) + 1
    end = paras.index("Kind regards,", start)
    got, cur = [], None
    for s in paras[start:end]:
        m = re.match(r"(\d+\.\d+) (.*)$", s)
        if m:
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif re.match(r"\d+\. \S", s) or s.startswith(names):
            cur = None
        elif s and cur is not None and not (s == OL_PDF_HEAD or re.fullmatch(r"Page \d+ of \d+", s)):
            cur[1] += " " + s
    want = [[e["label"], " ".join(t.split())] for e, t in zip(result, texts, strict=True)]
    if [[g[0], " ".join(g[1].replace("\u00b7 ", "").split())] for g in got] != want:
        raise AssertionError(f"outlook.htm: read back {[g[0] for g in got]}")
    return {
        "note": ("A child safeguarding practice review as a practitioner received it: forwarded by e-mail with the "
                 "report's text pasted into the message, and saved from Outlook with 'Save As' > 'HTML' (.htm, "
                 "windows-1252, CRLF). The file is Word's e-mail HTML: <html xmlns:v xmlns:o xmlns:w xmlns:m>, "
                 "ProgId Word.Document, MSO conditional comments (<!--[if gte mso 9]><xml>...</xml><![endif]-->) "
                 "round the document properties and shape defaults, a <style> of MsoNormal classes and @list "
                 "definitions, source lines wrapped at about 76 columns, <o:p> in every paragraph, the body in "
                 "<div class=WordSection1>. At the top, the message header Outlook writes into the saved file (a "
                 "borderless table of From, Sent, To, Cc, Subject), an external-sender CAUTION banner, the "
                 "forwarder's covering note (which names 'Paragraphs 3.4 and 4.2' in mid-sentence) and her "
                 "signature, then the forwarded message's header block (From/Sent/To/Subject in one paragraph with "
                 "<br>s under a top border) and its short note, the report's title line and a notice. Sections 1 "
                 "to 3 were pasted from the Word report: Word list paragraphs (MsoListParagraphCxSpFirst/Middle, "
                 "mso-list:l0 level1 for the bold '2.' headings and level2 for the paragraphs) whose numbers are "
                 "typed inside the downlevel-revealed conditional <![if !supportLists]><span style='mso-list:"
                 "Ignore'>2.1<span style='font:7.0pt \"Times New Roman\"'>&nbsp;...</span></span><![endif]> (a "
                 "browser shows them; Word would draw them from the list); 2.2 is a lead-in, three Symbol bullets "
                 "('\u00b7' in mso-list:Ignore) and an unnumbered carry-on paragraph: all its text. Section 4 was "
                 "pasted from the published PDF: the heading a plain line '4. What we have learned', and every "
                 "PRINTED LINE ITS OWN <p class=MsoNormal> ('4.1 The ...' typed on the first), empty paragraphs "
                 "between paragraphs, and the PDF's footer and running head ('Page 11 of 14', 'CSPR Jayden \u2013 "
                 "Overview Report ...') copied as two lines in the middle of 4.2, which carries on after them. "
                 "Both signatures, the disclaimer, the header blocks, banner, notes, headings and the PDF's page "
                 "lines are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. acrobat.html: a review's PDF exported to HTML by Adobe Acrobat ("Export PDF" > "HTML Web Page"): every list
#    item's number in data-list-text AND drawn by CSS counters on its first child; bold first lines made <h1>
# --------------------------------------------------------------------------
# items: n_words; ("RUNIN", n) the paragraph opens with a bold phrase, so Acrobat made its first child an <h1>;
# ("SPLIT", n) the paragraph crossed a page in the PDF, so it is two <p>s; ("BULLETS", n) a lead-in, a <ul> and a
# closing <p>; "FIGURE" the list broken by a figure and its caption, resumed in a new <ol> whose counter-reset starts
# at the next number; "TABLE" a lead-in <p> and a table under the section heading
AC_PLAN = [
    ("Introduction", [75, 85]),
    ("The review and its methodology", ["TABLE", 90, 80]),
    ("Key episodes", [("RUNIN", 100), ("SPLIT", 125), ("BULLETS", 80), "FIGURE", 95, 90]),
    ("Findings", [("SPLIT", 110), 95, 100]),
    ("Recommendations", [80, 70]),
]
AC_RUNIN = ["Hospital discharge.", "The safeguarding referral."]
AC_BULLETS = ["the ward had no record of who would collect his medication;",
              "the district nurses were told of the discharge two days after it;",
              "his daughter was not asked whether she could manage at home."]
AC_TABLE = [("Agency", "Contribution"), ("Corrimoor Hospitals NHS Trust (FICTIONAL)", "Chronology and report"),
            ("Corrimoor Council adult social care (FICTIONAL)", "Chronology and report"),
            ("Drisdale Primary Care Network (FICTIONAL)", "Chronology")]
AC_TITLE = "Safeguarding Adults Review: Mr T"
AC_CSS_FONT = ("color: black; font-family:Arial, sans-serif; font-style: normal; font-weight: normal; text-decoration: "
               "none; font-size: 11pt;")


def make_acrobat(out, pm):
    path = out / "acrobat.html"
    lists = []  # (id, kind, counter, reset): every <ol>/<ul> in document order, as Acrobat numbers them l1, l2 ...

    def new_list(kind, counter=None, reset=1):
        lists.append((f"l{len(lists) + 1}", kind, counter, reset))
        return lists[-1][0]

    def pstyle(left=41, indent=-36, top=4, align="justify"):
        return (f"padding-top: {top}pt;padding-left: {left}pt;text-indent: {indent}pt;line-height: 114%;"
                f"text-align: {align};")

    blank = '<p style="text-indent: 0pt;text-align: left;"><br/></p>'
    result, texts, secs = [], [], []
    top = new_list("ol", "c1")
    for s_no, (title, items) in enumerate(AC_PLAN, 1):
        body = [f'<h1 style="padding-top: 12pt;padding-left: 23pt;text-indent: -18pt;text-align: left;">'
                f"{hesc(title)}</h1>", blank]
        p_no, cur_list, items_html = 0, None, []

        def flush(body=body):
            nonlocal cur_list, items_html
            if items_html:
                body.append(f'<ol id="{cur_list}">' + "".join(items_html) + "</ol>")
            cur_list, items_html = None, []

        runin = iter(AC_RUNIN)
        for it in items:
            if it == "TABLE":
                body.append(f'<p style="{pstyle(5, 0)}">The review followed the board\u2019s learning review '
                            "model. These agencies gave the review their records and took part in the practitioners"
                            "\u2019 event:</p>")
                body.append(blank)
                body.append('<table style="border-collapse:collapse;margin-left:5.5pt" cellspacing="0">' + "".join(
                    '<tr style="height:16pt"><td style="width:230pt;border-top-style:solid;border-top-width:1pt;'
                    'border-left-style:solid;border-left-width:1pt;border-bottom-style:solid;border-bottom-width:1pt;'
                    'border-right-style:solid;border-right-width:1pt"><p class="s2" style="padding-left: 5pt;'
                    f'text-indent: 0pt;text-align: left;">{hesc(a)}</p></td><td style="width:180pt;'
                    'border-top-style:solid;border-top-width:1pt;border-left-style:solid;border-left-width:1pt;'
                    'border-bottom-style:solid;border-bottom-width:1pt;border-right-style:solid;border-right-width:'
                    f'1pt"><p class="s2" style="padding-left: 5pt;text-indent: 0pt;text-align: left;">{hesc(b)}</p>'
                    "</td></tr>" for a, b in AC_TABLE) + "</table>")
                body.append(blank)
                continue
            if it == "FIGURE":
                flush()
                body.append('<p style="padding-left: 41pt;text-indent: 0pt;text-align: left;"><span><img width="'
                            '520" height="231" alt="image" src="Image_003.png"/></span></p>')
                body.append(f'<p class="s3" style="{pstyle(41, 0, 6, "left")}">Figure 1: Mr T\u2019s contacts '
                            "with services in the twelve weeks before he died (FICTIONAL)</p>")
                body.append(blank)
                continue
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            p_no += 1
            label = f"{s_no}.{p_no}"
            if cur_list is None:
                cur_list = new_list("ol", "c2", p_no)
            t = pm.make(n_words, "adult")
            dl = f' data-list-text="{label}"'
            if kind == "RUNIN":
                lead = next(runin)
                h = (f'<li{dl}><h1 style="{pstyle()}">{hesc(lead)} <span class="p">{hesc(t)}</span></h1>'
                     + blank + "</li>")
                t = lead + " " + t
            elif kind == "SPLIT":
                ws = t.split(" ")
                cut = len(ws) * 3 // 5
                h = (f'<li{dl}><p style="{pstyle()}">{hesc(" ".join(ws[:cut]))}</p><p style="'
                     f'{pstyle(41, 0, 1)}">{hesc(" ".join(ws[cut:]))}</p>' + blank + "</li>")
            elif kind == "BULLETS":
                t = t.rstrip(".") + ". The discharge went ahead although:"
                ul = new_list("ul")
                close = pm.make(40, "adult")
                h = (f'<li{dl}><p style="{pstyle()}">{hesc(t)}</p>{blank}<ul id="{ul}">'
                     + "".join(f'<li data-list-text="\u2022"><p style="{pstyle(59, -18, 2, "left")}">{hesc(b)}</p>'
                               "</li>" for b in AC_BULLETS)
                     + f'</ul>{blank}<p style="{pstyle(41, 0, 2)}">{hesc(close)}</p>' + blank + "</li>")
                t = " ".join([t, *AC_BULLETS, close])
            else:
                h = f'<li{dl}><p style="{pstyle()}">{hesc(t)}</p>' + blank + "</li>"
            items_html.append(h)
            texts.append(t)
            result.append(entry(label, None, t))
        flush()
        secs.append(f'<li data-list-text="{s_no}.">' + "".join(body) + "</li>")
    css = [" * {margin:0; padding:0; text-indent:0; }",
           " .s1 { color: #1F3864; font-family:Arial, sans-serif; font-style: normal; font-weight: bold; "
           "text-decoration: none; font-size: 20pt; }",
           " .s2 { color: black; font-family:Arial, sans-serif; font-style: normal; font-weight: normal; "
           "text-decoration: none; font-size: 10pt; }",
           " .s3 { color: #404040; font-family:Arial, sans-serif; font-style: italic; font-weight: normal; "
           "text-decoration: none; font-size: 9pt; }",
           f" .p, p {{ {AC_CSS_FONT} margin:0pt; }}",
           " h1 { color: black; font-family:Arial, sans-serif; font-style: normal; font-weight: bold; "
           "text-decoration: none; font-size: 11pt; }",
           " li {display: block; }"]
    for lid, kind, counter, reset in lists:
        if kind == "ul":
            css.append(f" #{lid}> li>*:first-child:before {{content: \"\u2022 \"; {AC_CSS_FONT} }}")
            continue
        css.append(f" #{lid} {{padding-left: 0pt;counter-reset: {counter} {reset}; }}")
        content = 'counter(c1, decimal)". "' if counter == "c1" else 'counter(c1, decimal)"."counter(c2, decimal)" "'
        css.append(f" #{lid}> li>*:first-child:before {{counter-increment: {counter}; content: {content}; "
                   f"{AC_CSS_FONT} }}")
        css.append(f" #{lid}> li:first-child>*:first-child:before {{counter-increment: {counter} 0;  }}")
    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>SAR Mr T Overview Report '
            'FINAL for publication</title><style type="text/css">' + "\n".join(css) + "\n</style></head><body>"
            '<p style="padding-left: 5pt;text-indent: 0pt;text-align: left;"><span><img width="180" height="62" '
            'alt="image" src="Image_001.png"/></span></p>' + blank
            + f'<p class="s1" style="padding-top: 4pt;padding-left: 5pt;text-indent: 0pt;text-align: left;">'
            f"{hesc(AC_TITLE)}</p>"
            '<p style="padding-top: 6pt;padding-left: 5pt;text-indent: 0pt;text-align: left;">Overview report '
            "\u2013 Corrimoor Safeguarding Adults Board (FICTIONAL) \u2013 published February 2025</p>"
            f'<p class="s3" style="padding-top: 4pt;padding-left: 5pt;text-indent: 0pt;text-align: left;">{FICT}. '
            f"{INVENTED}</p>" + blank
            + f'<ol id="{top}">' + "".join(secs) + "</ol>" + blank
            + '<p class="s3" style="padding-left: 5pt;text-indent: 0pt;text-align: left;">Corrimoor Safeguarding '
            "Adults Board (FICTIONAL), Fennowick House, Drisdale</p></body></html>\n")
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser draws it: li {display: block} (no list markers); every ol's counter set by its
    # counter-reset (c1 for the sections, c2 for the paragraph lists), the first item's first child adding 0 and
    # every later one 1; the ::before text is counter(c1) "." counter(c2) (the innermost c1 in scope is the section
    # list's); the drawn number must agree with data-list-text; an item's text is all its blocks
    from lxml import etree
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    style = root.xpath("//style")[0].text
    resets = {m.group(1): (m.group(2), int(m.group(3)))
              for m in re.finditer(r"#(l\d+) \{padding-left: 0pt;counter-reset: (c\d) (\d+); \}", style)}
    got = []
    top_ol = root.xpath("//body/ol")[0]
    c1 = resets[top_ol.get("id")][1]
    for si, sec in enumerate(top_ol.xpath("./li")):
        c1 += 0 if si == 0 else 1
        if sec.get("data-list-text") != f"{c1}.":
            raise AssertionError("acrobat.html: a section number")
        for ol in sec.xpath("./ol"):
            c2 = resets[ol.get("id")][1]
            for k, li in enumerate(ol.xpath("./li")):
                c2 += 0 if k == 0 else 1
                drawn = f"{c1}.{c2}"
                if li.get("data-list-text") != drawn:
                    raise AssertionError(f"acrobat.html: {drawn} drawn, {li.get('data-list-text')} in the markup")
                got.append([drawn, " ".join(" ".join(li.itertext()).split())])
    want = [[e["label"], " ".join(t.split())] for e, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"acrobat.html: read back {[g[0] for g in got]}")
    etree.fromstring(page.split("\n", 1)[1].encode("utf-8"))  # well-formed XHTML, as Acrobat writes it
    resumed = [lid for lid, (cn, v) in resets.items() if cn == "c2" and v > 1]
    if len(resumed) != 1:
        raise AssertionError("acrobat.html: the resumed list")
    return {
        "note": ("A safeguarding adults review's published PDF exported to HTML with Adobe Acrobat ('Export PDF' > "
                 "'HTML Web Page', a single XHTML 1.0 Transitional file): every element with inline padding and "
                 "text-indent styles, '<p style=\"text-indent: 0pt;text-align: left;\"><br/></p>' spacers, images "
                 "left as 'Image_001.png' references, and Acrobat's LIST MARKUP: every list an <ol id=\"l1\">, <ol "
                 "id=\"l2\"> ... with 'li {display: block; }' (so the browser draws no markers) and each item's "
                 "number given TWICE: in data-list-text=\"3.2\" and drawn by a CSS rule per list, '#l3 {counter-reset: "
                 "c2 1}', '#l3> li>*:first-child:before {counter-increment: c2; content: counter(c1, decimal)\".\""
                 "counter(c2, decimal)\" \"}' and '#l3> li:first-child>*:first-child:before {counter-increment: c2 "
                 "0}'. The sections are the items of the outer list #l1 (data-list-text \"3.\", counter c1), each "
                 "holding its heading <h1> and a nested list of paragraphs; in section 3 a figure (image and caption) "
                 "breaks the paragraph list, which Acrobat resumes as a NEW list whose counter-reset is 'c2 4' (3.4 "
                 "and 3.5 follow). Acrobat made the first child of a paragraph whose PDF text opened in bold an <h1> "
                 "('<h1>Hospital discharge. <span class=\"p\">The ...</span></h1>', 3.1), split two paragraphs that "
                 "crossed a page in the PDF into two <p>s in the same <li> (3.2, 4.1), and kept 3.3's bullets as a "
                 "<ul> (bullets drawn by ::before) between its lead-in and closing <p>. The labels are the numbers "
                 "drawn (which agree with data-list-text); the whole item, its bold run-in words included, is the "
                 "paragraph's text. The section headings (the outer items' <h1>s, numbered '3. ' by counter c1), "
                 "title, notice, section 2's unnumbered lead-in and table, the figure, its caption and the closing "
                 "address are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["readerview.pdf"] = make_readerview(out, pm)
    exp["ocrscan.pdf"] = make_ocrscan(out, pm)
    exp["gdocbold.docx"] = make_gdocbold(out, pm)
    exp["outlook.htm"] = make_outlook(out, pm)
    exp["acrobat.html"] = make_acrobat(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind35-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
