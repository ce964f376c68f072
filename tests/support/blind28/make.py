"""Blind fixture generator 28: five FICTIONAL review documents, in layouts no earlier round used.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
lxml, python-docx, markdown-it-py and pdfplumber; no system fonts, no network. Every generator checks its own key
with pdfplumber/lxml/python-docx/markdown-it, never with the project's parser.

rangeheads.pdf  volume 2 of a public inquiry's report in a printed-book house style: chapters 9 to 12, two-level
                numbers ("9.4", "10.12") in the left margin ALIGNED ON THE DECIMAL POINT (so "10.1" starts further
                left than "9.1"), and a running head on every page after the title page whose right-hand side is
                the RANGE of paragraphs on that page ("10.3\u201310.7", as a dictionary's guide words) beside the
                chapter's title; printed page numbers continue from volume 1 (143, 144 ...); a dash list inside a
                paragraph; paragraphs over page breaks (the head's range then begins with the carried paragraph)
wrapfloat.pdf   a practice review set in one column with two boxes floated into the right of the text column and
                the text WRAPPED ROUND THEM: the lines beside a box are shorter, the box's own lines (a tinted
                "In Jordan's words" quotation and a "Practice point" that cites "3.4") stand level with them on
                their own baselines, the text returns to full width below; each box starts beside one paragraph and
                ends beside the next; bold hanging "2.3" numbers; a paragraph over a page break
repeating.docx  a Word template's findings tables built from content controls: each chapter a two-column table
                (header row "No. | Finding", repeated), its rows the items of a REPEATING SECTION content control
                (w15:repeatingSection; each w:tr inside a w:sdt with w15:repeatingSectionItem), the number a plain
                text control inside the left cell, the text cell itself wrapped in a rich text control (a cell-level
                w:sdt around w:tc) holding one or more paragraphs (one with a bulleted list); the last section ends
                with the empty item the template leaves (placeholder text in both cells); unnumbered headings
gridorder.html  an inquiry's web page whose numbered paragraphs put the number AFTER the text in the source:
                <div class="para" id="para-3-2"><div class="para__body"><p>...</p></div><a class="para__num"
                href="#para-3-2">3.2</a></div>, a CSS grid (grid-template-areas "num body") drawing the number on
                the left; paragraphs of two <p>s and with a <ul>, an unnumbered lead-in, a data table between
                paragraphs, site header, breadcrumbs and footer
pipetable.md    a review converted from Word to GitHub Markdown (pandoc gfm): Word's automatic heading numbers are
                lost ("## Findings"), the typed paragraph numbers sit in the left column of pipe tables
                ("| 3.2 | ... |", one table per chapter, header row "| No. | Paragraph |"), a paragraph of two Word
                paragraphs joined by "<br><br>" in its cell, unnumbered lead-in text and a bulleted list between
                tables, and two data tables ("| Agency | Role |", a glossary) that are no paragraphs

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop;
- running heads (with their paragraph ranges), footers, floated boxes, table header rows, placeholders left by a
  template, navigation, data tables and glossaries are no paragraph's text; a list inside a paragraph is its text;
- pages: physical and 1-based for PDF (never the printed "143"). DOCX pages are counted from explicit breaks: page =
  1 + the page breaks (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML
  and Markdown: null.
"""
import json
import os
import pathlib
import sys
import tempfile
import zipfile

if __package__ in (None, ""):
    import importlib.util

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from text import ParaMaker, contains_seq, norm  # type: ignore

    _spec = importlib.util.spec_from_file_location(
        "blind27_make", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind27", "make.py"))
    assert _spec is not None and _spec.loader is not None
    _b27 = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_b27)
else:
    from ..blind27 import make as _b27
    from .text import ParaMaker, contains_seq, norm

# round 27's helpers, which this round's writer had copied whole (font files, measuring, wrapping, the key's entries
# and checks, escaping, reading a PDF back, a zip with fixed dates, a Word run)
font_path, sw, wrap, entry = _b27.font_path, _b27.sw, _b27.wrap, _b27.entry
check_lengths, check_count, hesc, xesc = _b27.check_lengths, _b27.check_count, _b27.hesc, _b27.xesc
pdf_pages, words_of, zip_parts, w_run = _b27.pdf_pages, _b27.words_of, _b27.zip_parts, _b27.w_run

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)
T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "TimesNewRomanPSMT": "_er_____", "TimesNewRomanPS-BoldMT": "_eb_____",
            "TimesNewRomanPS-ItalicMT": "_ei_____"}
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
TR, TB, TI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"


def register_fonts():  # round 27's, with the Times italic this round also sets
    from reportlab.pdfbase import pdfmetrics
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, f in T1_FACES.items():
        if name not in have:
            face = pdfmetrics.EmbeddedType1Face(font_path(f + ".afm"), font_path(f + ".pfb"))
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))


def new_canvas(path, info, size=A4):
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(path if hasattr(path, "write") else str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(info["Title"])
    c.setAuthor(info["Author"])
    c.setSubject(FICT)
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    return c


def check_pdf(name, path, result, texts, n, body, crossing_range=(1, 5)):
    """Every paragraph's words in one piece in the body text; its label and first words on its page; counts the
    paragraphs whose last words are on a later page."""
    pages = pdf_pages(path)
    if len(pages) != n or not 3 <= n <= 9:
        raise AssertionError(f"{name}: {n} pages")
    pw = [words_of(p, body) for p in pages]
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
    return pages


class Flow:
    """Rows (gap, lead, draw(canvas, baseline), tag) poured down pages; a paragraph's first rows kept together."""

    def __init__(self, top, bottom, first_top=None):
        self.top, self.bottom, self.pages = top, bottom, [[]]
        self.cur = first_top if first_top is not None else top

    def place(self, rows, keep=2):
        need = sum(r[0] + r[1] for r in rows[:keep])
        if self.cur - need < self.bottom:
            self.pages.append([])
            self.cur = self.top
        out = []
        for gap, lead, draw, tag in rows:
            g = 0.0 if self.cur == self.top else gap
            if self.cur - g - lead < self.bottom:
                self.pages.append([])
                self.cur = self.top
                g = 0.0
            base = self.cur - g - lead * 0.78
            self.pages[-1].append((draw, base, tag))
            out.append((len(self.pages), base))
            self.cur -= g + lead
        return out


# --------------------------------------------------------------------------
# 1. rangeheads.pdf: decimal-aligned margin numbers; running heads carrying the page's paragraph range
# --------------------------------------------------------------------------
# items: n_words, or ("LIST", n_words): a lead-in, three dash items and a closing sentence
RH_PLAN = [
    ("9", "The first referral", [95, 120, 105, 130]),
    ("10", "Information sharing between agencies", [110, ("LIST", 120), 125, 100, 115, 140]),
    ("11", "Listening to Ellie", [120, 105, 135, 90]),
    ("12", "Conclusions of this volume", [100, 110, 85]),
]
RH_ITEMS = ["the police log of the call on 4 March, which was never sent to the school;",
            "the health visitor\u2019s note of the bruise, which stayed in the health record; and",
            "the school\u2019s own record of Ellie\u2019s absences, which nobody outside the school saw."]
RH_TITLE = "The Ashwell Tarn Inquiry"
RH_FIRST_PRINTED = 143


def make_rangeheads(out, pm):
    path = out / "rangeheads.pdf"
    FS, LEAD = 10.5, 14.0
    DX, TX, R = 84.0, 104.0, 520.0  # the decimal point of every number at DX
    TOP, BOTTOM = 760.0, 72.0
    fl = Flow(TOP, BOTTOM, first_top=560.0)
    result, texts, chapter_of = [], [], {}
    lists = 0
    for ch, title, items in RH_PLAN:
        rows = [(26.0, 16.0, lambda c, y, s=f"Chapter {ch}": (c.setFont(TB, 13), c.drawString(TX, y, s)), None),
                (2.0, 22.0, lambda c, y, s=title: (c.setFont(TB, 17), c.drawString(TX, y, s)), None)]
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{ch}.{k}"
            chapter_of[label] = (ch, title)
            measure = lambda s: sw(s, TR, FS)  # noqa: E731
            if kind == "LIST":
                lists += 1
                a = pm.make(n_words // 2, "child").rstrip(".") + ". Three records held the missing piece:"
                b = pm.make(n_words // 2, "child")
                blocks = [(TX, R, a.split(), None)]
                blocks += [(TX + 14, R, x.split(), "\u2013") for x in RH_ITEMS]
                blocks.append((TX, R, b.split(), None))
                t = " ".join([a, *RH_ITEMS, b])
            else:
                t = pm.make(n_words, "child")
                blocks = [(TX, R, t.split(), None)]
            texts.append(t)
            prow, first = [], True
            for x0, x1, words, mark in blocks:
                for i, ln in enumerate(wrap(words, x1 - x0, measure)):
                    def draw(c, y, ln=ln, x0=x0, num=label if first else None, mark=mark if i == 0 else None):
                        c.setFont(TR, FS)
                        if num:
                            c.setFont(TB, FS)
                            whole = num.split(".")[0]
                            c.drawString(DX - sw(whole, TB, FS), y, num)
                            c.setFont(TR, FS)
                        if mark:
                            c.drawString(x0 - 12, y, mark)
                        c.drawString(x0, y, " ".join(ln))
                    gap = 8.0 if first else (3.0 if i == 0 else 0.0)
                    prow.append((gap, LEAD, draw, label))
                    first = False
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
    n = len(fl.pages)
    c = new_canvas(path, {"Title": RH_TITLE + ": Report, Volume 2 (FICTIONAL)",
                          "Author": "The Ashwell Tarn Inquiry (FICTIONAL)", "Creator": "Adobe InDesign 17.4 (Windows)",
                          "Producer": "Adobe PDF Library 16.0.7"})
    heads = []
    for i, rows in enumerate(fl.pages, 1):
        if i == 1:
            c.setFont(TB, 26)
            c.drawString(TX, 740, RH_TITLE)
            c.setFont(TR, 15)
            c.drawString(TX, 712, "Report of the Inquiry into the death of Ellie")
            c.drawString(TX, 694, "Volume 2 of 3: Chapters 9 to 12")
            c.setFont(TI, 9.5)
            c.drawString(TX, 664, FICT + ". Every person, place and service named here is invented.")
            c.drawString(TX, 651, "Presented to the Ashwell Tarn Safeguarding Children Partnership, March 2025.")
            c.setLineWidth(0.8)
            c.line(TX, 630, R, 630)
        else:
            labels = []
            for _d, _y, tag in rows:
                if tag and tag not in labels:
                    labels.append(tag)
            ch, title = chapter_of[labels[0]]
            rng = labels[0] if len(labels) == 1 else f"{labels[0]}\u2013{labels[-1]}"
            heads.append(rng)
            c.setFont(TI, 9)
            c.drawString(TX, 800, f"Chapter {ch}: {title}")
            c.setFont(TB, 9)
            c.drawString(R - sw(rng, TB, 9), 800, rng)
            c.setLineWidth(0.4)
            c.line(TX, 794, R, 794)
        for draw, y, _tag in rows:
            draw(c, y)
        s = str(RH_FIRST_PRINTED + i - 1)
        c.setFont(TR, 9)
        c.drawString((A4[0] - sw(s, TR, 9)) / 2, 44, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if lists != 1:
        raise AssertionError("rangeheads.pdf: the dash list")

    def body(ch):
        return 780 > ch["top"] > 0 and A4[1] - ch["bottom"] >= BOTTOM - 2 and abs(ch["size"] - FS) < 0.01

    pages = check_pdf(path.name, path, result, texts, n, body)
    # the heads: a range on every page after the first, some "a\u2013b" starting with a paragraph carried over
    carried = 0
    for i, p in enumerate(pages[1:], 2):
        head = "".join(ch["text"] for ch in p if ch["top"] < 50 and ch["fontname"].endswith("BoldMT"))
        if head != heads[i - 2]:
            raise AssertionError(f"rangeheads.pdf: head {head!r} on page {i}")
        first = heads[i - 2].split("\u2013")[0]
        carried += next(d["page"] for d in result if d["label"] == first) < i
    if carried < 1:
        raise AssertionError("rangeheads.pdf: no head starts with a carried paragraph")
    # decimal alignment: the '.' of each number at DX, so "10.x" starts left of "9.x"
    xs = {}
    for i, p in enumerate(pages):
        for ch in p:
            if ch["text"] == "." and abs(ch["x0"] - DX) < 0.01 and ch["fontname"].endswith("BoldMT"):
                xs[(i, round(ch["top"], 2))] = ch
    if len(xs) != len(result):
        raise AssertionError(f"rangeheads.pdf: {len(xs)} decimal points at the tab")
    return {
        "note": ("Volume 2 of a public inquiry's report in a book house style (Times 10.5 pt): chapters 9 to 12, "
                 "each under an unnumbered 'Chapter 10' line and a bold title. Paragraph numbers are bold, two-level "
                 "and hang in the left margin ALIGNED ON THE DECIMAL POINT, so '10.1' starts further left than "
                 "'9.1'. Every page after the title page has a running head: the chapter's title in italic on the "
                 "left and, in bold on the right, the range of paragraphs on that page ('10.3\u201310.7', or one "
                 "number), the first being the paragraph carried over from the page before when there is one. The "
                 "heads and the centred printed page numbers (143 on the title page's sheet, 144 ...) are no "
                 "paragraph's text. Paragraph 10.2 holds a lead-in, three dash items and a closing sentence, all its "
                 "text. Some paragraphs run over a page break. Pages are physical, 1-based (never the printed "
                 "numbers)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. wrapfloat.pdf: boxes floated right inside the text column, the paragraphs' lines wrapped round them
# --------------------------------------------------------------------------
WF_PLAN = [
    ("Why this review was held", [90, 110]),
    ("Jordan and his family", [130, 125, 115]),
    ("What happened", [120, 140, 110, 125]),
    ("Learning for the partnership", [105, 120, 95, 90]),
]
# (paragraph index from 0, the box's top stands beside the line where that many of its words are left, title, text)
WF_BOXES = [
    (6, 40, "In Jordan\u2019s words",
     "\u201cThey kept asking Mum if everything was OK. Nobody asked me. If someone had asked me on my own I think I "
     "would have told them about the nights when nobody came home.\u201d Jordan, aged 13, speaking to the reviewer."),
    (10, 40, "Practice point",
     "A referral is a conversation, not a form. When a school raises a worry, ring back the same day and say what "
     "will happen next. See also 3.4 and the escalation protocol, which every agency signed in 2022."),
]
WF_TITLE = "Child Safeguarding Practice Review: Jordan"


def make_wrapfloat(out, pm):
    path = out / "wrapfloat.pdf"
    FS, LEAD = 10.5, 14.0
    NX, TX, R = 64.0, 98.0, 528.0
    BX, BR, BGAP = 360.0, 528.0, 14.0  # box from BX to BR; text beside it stops BGAP before BX
    BFS, BLEAD = 9.5, 12.2
    TOP, BOTTOM = 770.0, 74.0
    teal = (0.0, 0.4, 0.42)
    pages = [[]]  # per page: (kind, data)
    boxes = [[]]  # per page: (top, bottom, lines)
    cur = 620.0
    result, texts, beside = [], [], 0
    anchors = {p: (left, title, txt) for p, left, title, txt in WF_BOXES}
    idx, pending, box_at = 0, [], []  # box_at: [label beside its top, label beside its foot, page, foot]

    def newpage():
        nonlocal cur
        pages.append([])
        boxes.append([])
        cur = TOP

    def narrow(base):
        return any(bot - 4 <= base + FS and base - 3 <= top + 4 for top, bot, _ in boxes[-1])

    for s_no, (title, sizes) in enumerate(WF_PLAN, 2):
        if cur - 24 - 2 * LEAD - 8 < BOTTOM:
            newpage()
        cur -= 0 if cur == TOP else 18
        pages[-1].append(("head", (cur - 14 * 0.78, title)))
        cur -= 14 + 4
        for k, n_words in enumerate(sizes, 1):
            label = f"{s_no}.{k}"
            t = pm.make(n_words, "child")
            texts.append(t)
            words = t.split()
            cur -= 8
            if cur - 2 * LEAD < BOTTOM:  # widow and orphan control: two lines together
                newpage()
            line_no, start_page = 0, None
            while words:
                if cur - LEAD < BOTTOM:
                    newpage()
                base = cur - LEAD * 0.78
                if idx in anchors and len(words) <= anchors[idx][0]:
                    pending.append(anchors.pop(idx)[1:])
                if pending:  # a box stands beside the first line from its anchor where the whole box fits
                    btitle, btxt = pending[0]
                    blines = wrap(btxt.split(), BR - BX - 16, lambda s: sw(s, AI, BFS))
                    h = 10 + 14 + BLEAD * len(blines) + 6
                    top = cur - 2
                    if top - h >= BOTTOM + 2 * LEAD:
                        boxes[-1].append((top, top - h, (btitle, blines)))
                        pending.pop(0)
                        box_at.append([label, None, len(pages), top - h])
                if narrow(base):
                    box_at[-1][1] = label
                width = (BX - BGAP if narrow(base) else R) - TX
                ln = wrap(words, width, lambda s: sw(s, TR, FS))[0]
                beside += width < R - TX
                words = words[len(ln):]
                pages[-1].append(("line", (base, label if line_no == 0 else None, " ".join(ln))))
                if start_page is None:
                    start_page = len(pages)
                cur -= LEAD
                line_no += 1
            result.append(entry(label, start_page, t))
            idx += 1
    n = len(pages)
    c = new_canvas(path, {"Title": WF_TITLE + " (FICTIONAL)", "Author": "Corrimoor Safeguarding Children Partnership",
                          "Creator": "Microsoft\u00ae Word for Microsoft 365",
                          "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    for i, items in enumerate(pages, 1):
        if i == 1:
            c.setFillColorRGB(*teal)
            c.setFont(AB, 20)
            c.drawString(NX, 740, WF_TITLE)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(A, 11)
            c.drawString(NX, 718, "Corrimoor Safeguarding Children Partnership (FICTIONAL) \u2013 published May 2025")
            c.setFont(AI, 8.5)
            c.drawString(NX, 700, FICT + ". Every person, place and service named here is invented.")
        else:
            c.setFont(A, 8)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(NX, 806, "CSPR Jordan \u2013 Corrimoor Safeguarding Children Partnership")
            c.setFillColorRGB(0, 0, 0)
        for top, bot, (btitle, blines) in boxes[i - 1]:
            c.setFillColorRGB(0.86, 0.94, 0.94)
            c.setStrokeColorRGB(*teal)
            c.setLineWidth(1.2)
            c.rect(BX, bot, BR - BX, top - bot, stroke=0, fill=1)
            c.line(BX, bot, BX, top)
            c.setFillColorRGB(*teal)
            c.setFont(AB, 10)
            c.drawString(BX + 8, top - 16, btitle)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont(AI, BFS)
            for j, ln in enumerate(blines):
                c.drawString(BX + 8, top - 16 - 14 - BLEAD * j, " ".join(ln))
            c.setFillColorRGB(0, 0, 0)
        for kind, data in items:
            if kind == "head":
                c.setFillColorRGB(*teal)
                c.setFont(AB, 13)
                c.drawString(NX, data[0], data[1])
                c.setFillColorRGB(0, 0, 0)
            else:
                base, label, s = data
                if label:
                    c.setFont(TB, FS)
                    c.drawString(NX, base, label)
                c.setFont(TR, FS)
                c.drawString(TX, base, s)
        c.setFont(A, 8)
        s = f"Page {i}"
        c.drawString(R - sw(s, A, 8), 40, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if sum(len(b) for b in boxes) != len(WF_BOXES) or beside < 12:
        raise AssertionError(f"wrapfloat.pdf: boxes {beside}")

    pages_ = check_pdf(path.name, path, result, texts, n, lambda ch: ch["fontname"].find("Times") >= 0
                       and abs(ch["size"] - FS) < 0.01)
    # the boxes' lines stand level with shortened body lines, on their own baselines
    level = 0
    for p in pages_:
        box_tops = {round(ch["top"], 1) for ch in p if ch["fontname"].endswith("Arial-ItalicMT") and ch["x0"] > BX}
        body_tops = {round(ch["top"], 1) for ch in p if ch["fontname"].endswith("TimesNewRomanPSMT")}
        if box_tops:
            lo, hi = min(box_tops), max(box_tops)
            level += sum(lo - 8 <= t <= hi + 8 for t in body_tops)
            if box_tops & body_tops:
                raise AssertionError("wrapfloat.pdf: a box line on a body baseline")
    if level < 8:
        raise AssertionError(f"wrapfloat.pdf: {level} body lines beside the boxes")
    spans = [(a, b) for a, b, _p, _y in box_at]
    if pending or len(spans) != 2 or any(a == b or b is None for a, b in spans):
        raise AssertionError(f"wrapfloat.pdf: boxes beside {spans}")
    return {
        "note": ("A child safeguarding practice review set in one column (Times 10.5 pt, bold '2.3' numbers hanging "
                 "left of the text, unnumbered teal headings). Two tinted boxes are floated into the right-hand "
                 "third of the text column and the text WRAPS ROUND THEM: the lines beside a box are shorter and the "
                 "box's own lines (Arial italic 9.5 pt, on baselines of their own) stand level with them, the text "
                 "returning to full width below the box. The box 'In Jordan\u2019s words' (a quotation) starts "
                 f"beside paragraph {spans[0][0]} and ends beside {spans[0][1]}; 'Practice point' (which cites '3.4' "
                 f"in mid-line) starts beside {spans[1][0]} and ends beside {spans[1][1]}. The boxes are no "
                 "paragraph's text: each paragraph's words are the ones in the text column, in order. Some "
                 "paragraphs run over a page break. The header line (pages 2 on) and 'Page N' are no paragraph. "
                 "Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. repeating.docx: findings tables whose rows are items of a repeating section content control
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# items: n_words, ("TWO", n) two paragraphs in the cell, ("BULLETS", n) a lead-in, three bullets, a closing paragraph
RS_PLAN = [
    ("Introduction", [80, 95]),
    ("The adult at the centre of this review", [110, ("TWO", 130), 100]),
    ("Analysis of agency involvement", [120, ("BULLETS", 110), 115, 95]),
    ("Findings and recommendations", [105, 90, 85]),
]
RS_BULLETS = ["the care agency\u2019s daily log sheets", "the GP surgery\u2019s notes of three missed reviews",
              "the housing officer\u2019s record of the blocked stairs"]
RS_TITLE = "Safeguarding Adults Review: Mrs V"
PLACEHOLDER = "Click or tap here to enter text."
RS_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:rPr><w:b/><w:color w:val="4B2C6F"/><w:sz w:val="44"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="4B2C6F"/><w:sz w:val="30"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" '
    'w:hanging="360"/></w:pPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr>'
    '<w:color w:val="808080"/></w:rPr></w:style>\n'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    '</w:tblCellMar></w:tblPr></w:style>\n'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    '</w:style>\n</w:styles>\n').replace("{W}", W_NS)
RS_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
    'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1">'
    '<w:abstractNumId w:val="0"/></w:num></w:numbering>\n').replace("{W}", W_NS)
RS_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
RS_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
RS_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
RS_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
RS_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Mrs V (FICTIONAL)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Kilvardine Safeguarding Adults Board (FICTIONAL)</dc:creator>'
    '<cp:keywords>SAR template v3.2</cp:keywords><cp:revision>12</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2023-09-04T08:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-22T15:05:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)


def w_p(runs, ppr=""):
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def make_repeating(out, pm):
    path = out / "repeating.docx"
    ids = iter(range(-1848000001, -1849000001, -7919))
    widths = (1134, 7892)

    def sdt_pr(alias, tag, kind, plc=False):
        return (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{next(ids)}"/>'
                f'{"<w:showingPlcHdr/>" if plc else ""}{kind}</w:sdtPr>')

    def cell(i, inner, shade=None):
        sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>{sh}</w:tcPr>{inner}</w:tc>'

    plc_r = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'

    def item(num, paras, plc=False):
        rpr = plc_r if plc else "<w:rPr><w:b/></w:rPr>"
        num_sdt = (f'<w:sdt>{sdt_pr("Paragraph number", "paraNumber", "<w:text/>", plc)}<w:sdtContent>'
                   f'{w_run(PLACEHOLDER if plc else num, rpr)}</w:sdtContent></w:sdt>')
        text_cell = cell(1, "".join(paras))
        row = (f'<w:tr><w:trPr><w:cantSplit w:val="0"/></w:trPr>{cell(0, w_p(num_sdt))}'
               f'<w:sdt>{sdt_pr("Paragraph text", "paraText", "<w:richText/>", plc)}<w:sdtContent>{text_cell}'
               '</w:sdtContent></w:sdt></w:tr>')
        return (f'<w:sdt><w:sdtPr><w:id w:val="{next(ids)}"/><w15:repeatingSectionItem/></w:sdtPr>'
                f'<w:sdtContent>{row}</w:sdtContent></w:sdt>')

    head_row = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>'
                + cell(0, w_p(w_run("No.", "<w:rPr><w:b/><w:color w:val=\"FFFFFF\"/></w:rPr>")), "4B2C6F")
                + cell(1, w_p(w_run("Finding", "<w:rPr><w:b/><w:color w:val=\"FFFFFF\"/></w:rPr>")), "4B2C6F")
                + "</w:tr>")
    fict = w_run(FICT + ". Every person, place and service named here is invented.", "<w:rPr><w:i/></w:rPr>")
    body = [w_p(w_run(RS_TITLE), '<w:pStyle w:val="Title"/>'),
            w_p(w_run("Kilvardine Safeguarding Adults Board (FICTIONAL) \u2013 overview report, April 2025")),
            w_p(fict),
            w_p(w_run("Each section below is completed in the board\u2019s template: add a row for every paragraph "
                      "with the \u201c+\u201d button at the foot of the table."))]
    result, texts, page, words = [], [], 1, {1: 0}
    for s_no, (title, items) in enumerate(RS_PLAN, 1):
        if s_no > 1:
            body.append(w_p('<w:r><w:br w:type="page"/></w:r>'))
            page += 1
            words[page] = 0
        body.append(w_p(w_run(title), '<w:pStyle w:val="Heading1"/>'))
        rows = []
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{k}"
            if kind == "TWO":
                a, b = pm.make(n_words // 2, "adult"), pm.make(n_words // 2, "adult")
                paras, t = [w_p(w_run(a)), w_p(w_run(b))], a + " " + b
            elif kind == "BULLETS":
                a = pm.make(n_words // 2, "adult").rstrip(".") + ". Three records told the same story:"
                b = pm.make(n_words // 2, "adult")
                paras = [w_p(w_run(a)), *(w_p(w_run(x), '<w:pStyle w:val="ListBullet"/>') for x in RS_BULLETS),
                         w_p(w_run(b))]
                t = " ".join([a, *RS_BULLETS, b])
            else:
                t = pm.make(n_words, "adult")
                paras = [w_p(w_run(t))]
            rows.append(item(label, paras))
            texts.append(t)
            words[page] += len(t.split())
            result.append(entry(label, page, t))
        if s_no == len(RS_PLAN):
            rows.append(item("", [w_p(f'<w:sdt>{sdt_pr("Paragraph text", "paraTextEmpty", "<w:text/>", True)}'
                                      f'<w:sdtContent>{w_run(PLACEHOLDER, plc_r)}</w:sdtContent></w:sdt>')], plc=True))
        sect_sdt = (f'<w:sdt>{sdt_pr(f"Section {s_no} paragraphs", f"section{s_no}", "<w15:repeatingSection/>")}'
                    f'<w:sdtContent>{"".join(rows)}</w:sdtContent></w:sdt>')
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
                    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                    'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="1134"/>'
                    f'<w:gridCol w:w="7892"/></w:tblGrid>{head_row}{sect_sdt}</w:tbl>')
        body.append(w_p(""))
    body.append(w_p(w_run("Kilvardine Safeguarding Adults Board \u2013 template v3.2 \u2013 OFFICIAL"),
                    '<w:jc w:val="center"/>'))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:mc="{MC_NS}" xmlns:w15="{W15_NS}" '
           f'mc:Ignorable="w15"><w:body>{"".join(body)}{sect}</w:body></w:document>')
    zip_parts(path, {"[Content_Types].xml": RS_CT, "_rels/.rels": RS_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": RS_DOC_RELS, "word/styles.xml": RS_STYLES,
                     "word/numbering.xml": RS_NUMBERING, "word/settings.xml": RS_SETTINGS,
                     "docProps/core.xml": RS_CORE}, (2025, 4, 22, 15, 5, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"repeating.docx: words per page {words}")
    import docx
    from lxml import etree
    d = docx.Document(str(path))
    if any(len(tb.rows) != 1 for tb in d.tables):  # python-docx sees only the header row: the rest are in w:sdt
        raise AssertionError("repeating.docx: rows outside the repeating sections")
    W, W15 = f"{{{W_NS}}}", f"{{{W15_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, pgc, empty = [], 1, 0
    for el in root.find(W + "body"):
        if el.tag == W + "p":
            pgc += len(el.findall(f".//{W}br[@{W}type='page']"))
            continue
        if el.tag != W + "tbl":
            continue
        for tr in el.iter(W + "tr"):
            if tr.find(f"{W}trPr/{W}tblHeader") is not None:
                continue
            holder = tr.getparent().getparent()
            if holder.find(f"{W}sdtPr/{W15}repeatingSectionItem") is None:
                raise AssertionError("repeating.docx: a row not in a repeating section item")
            tcs = list(tr.iter(W + "tc"))
            if len(tcs) != 2 or tcs[1].getparent().tag != W + "sdtContent":
                raise AssertionError("repeating.docx: cells")
            num = "".join(tcs[0].itertext()).strip()
            paras = [" ".join(p.itertext()) for p in tcs[1].iter(W + "p")]
            if num == PLACEHOLDER:
                empty += 1
                continue
            got.append((num, pgc, " ".join(paras)))
    want = [(d_["label"], d_["page"], t) for d_, t in zip(result, texts, strict=True)]
    if got != want or empty != 1:
        raise AssertionError(f"repeating.docx: read back {[g[:2] for g in got]}")
    return {
        "note": ("A safeguarding adults review written in a board's Word template built from content controls. "
                 "Each section is an unnumbered Heading 1 and a two-column table (Table Grid) with a shaded header "
                 "row 'No. | Finding' (w:tblHeader). The table's other rows are the items of a REPEATING SECTION "
                 "content control: one w:sdt with w15:repeatingSection around them, each w:tr inside its own w:sdt "
                 "with w15:repeatingSectionItem (so python-docx's table.rows sees only the header). In each row the "
                 "left cell holds the paragraph number as a plain text control (a run-level w:sdt, bold '2.3'), and "
                 "the right cell is itself wrapped in a rich text control (a cell-level w:sdt around w:tc) holding "
                 "the paragraph: one Word paragraph, or two (2.2), or a lead-in, three List Bullet items and a "
                 "closing paragraph (3.2), all of it the paragraph's text. The last section ends with the empty "
                 "item the template leaves, both cells showing the placeholder 'Click or tap here to enter text.' "
                 "(w:showingPlcHdr): no paragraph. The template's instruction line before the first section and "
                 "the closing 'template v3.2 \u2013 OFFICIAL' line are no paragraph. A page break before each "
                 "section after the first: pages = 1 + the page breaks before."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. gridorder.html: the number after the paragraph's text in the source, drawn on its left by a CSS grid
# --------------------------------------------------------------------------
# items: n_words, ("TWO", n) two <p>s, ("LIST", n) a <p>, a <ul> and a <p>; ("TABLE",) a data table between paragraphs
GO_PLAN = [
    ("Introduction", [85, 95]),
    ("What happened", [120, ("TWO", 140), 110, ("TABLE",), 105]),
    ("What we found", [115, ("LIST", 120), 130, 100]),
    ("What must change", [90, 80]),
]
GO_LIST = ["speak to the person alone, in a language she chooses;", "write down what she says in her own words;",
           "tell her what will happen next and when."]
GO_TABLE = [("Agency", "Contacts in the period", "Referrals made"), ("Drisdale Police", "11", "3"),
            ("Gossiby medical practice", "9", "0"), ("Leverthorpe housing trust", "6", "1")]
GO_TITLE = "Domestic Homicide Review: Naomi"
GO_CSS = """
body{font-family:"Segoe UI",Arial,sans-serif;margin:0;color:#1d1d1d}
.site-header{background:#23395d;color:#fff;padding:1rem 2rem}.site-header a{color:#fff}
.breadcrumbs ol{list-style:none;display:flex;gap:.5rem;padding:0 2rem}
main{max-width:48rem;margin:0 auto;padding:0 1rem 3rem}
.para{display:grid;grid-template-columns:4rem 1fr;grid-template-areas:"num body";align-items:start;margin:1rem 0}
.para__body{grid-area:body}.para__body p{margin:0 0 .75rem}
.para__num{grid-area:num;font-weight:700;color:#23395d;text-decoration:none;padding-top:.1rem}
.para__num:hover{text-decoration:underline}
table{border-collapse:collapse;margin:1rem 0 1rem 4rem}th,td{border:1px solid #999;padding:.3rem .6rem}
.site-footer{background:#eee;padding:1rem 2rem;font-size:.9rem}
"""


def make_gridorder(out, pm):
    path = out / "gridorder.html"
    parts = ['<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">',
             f"<title>{hesc(GO_TITLE)} (FICTIONAL) | Leverthorpe Community Safety Partnership</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<style>{GO_CSS}</style>\n</head>\n<body>",
             '<header class="site-header"><a href="/">Leverthorpe Community Safety Partnership (FICTIONAL)</a>'
             '<nav aria-label="Main"><a href="/reviews">Reviews</a> <a href="/about">About us</a> '
             '<a href="/contact">Contact</a></nav></header>',
             '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
             '<li><a href="/reviews">Domestic homicide reviews</a></li><li aria-current="page">Naomi</li></ol></nav>',
             "<main>", f"<h1>{hesc(GO_TITLE)}</h1>",
             f"<p class=\"meta\"><em>{hesc(FICT)}. Every person, place and service named here is invented.</em> "
             "Published 3 March 2025.</p>",
             "<p>This is the executive summary of the review, published with the Home Office\u2019s agreement. "
             "Paragraph numbers follow the full report.</p>"]
    result, texts = [], []
    for s_no, (title, items) in enumerate(GO_PLAN, 1):
        parts.append(f'<h2 id="section-{s_no}">{hesc(title)}</h2>')
        k = 0
        for it in items:
            kind, n_words = it if isinstance(it, tuple) and len(it) == 2 else (
                ("TABLE", 0) if isinstance(it, tuple) else ("PLAIN", it))
            if kind == "TABLE":
                rows = "".join("<tr>" + "".join(f"<{'th' if r == 0 else 'td'}>{hesc(x)}</{'th' if r == 0 else 'td'}>"
                                                for x in row) + "</tr>\n" for r, row in enumerate(GO_TABLE))
                parts.append(f"<table>\n<caption>Table 1: contacts by agency</caption>\n{rows}</table>")
                continue
            k += 1
            label = f"{s_no}.{k}"
            if kind == "TWO":
                a, b = pm.make(n_words // 2, "dhr"), pm.make(n_words // 2, "dhr")
                inner = f"<p>{hesc(a)}</p>\n<p>{hesc(b)}</p>"
                t = a + " " + b
            elif kind == "LIST":
                a = pm.make(n_words // 2, "dhr").rstrip(".") + ". Every practitioner who hears a disclosure should:"
                b = pm.make(n_words // 2, "dhr")
                lis = "".join(f"<li>{hesc(x)}</li>" for x in GO_LIST)
                inner = f"<p>{hesc(a)}</p>\n<ul>{lis}</ul>\n<p>{hesc(b)}</p>"
                t = " ".join([a, *GO_LIST, b])
            else:
                t = pm.make(n_words, "dhr")
                inner = f"<p>{hesc(t)}</p>"
            anchor = "para-" + label.replace(".", "-")
            parts.append(f'<div class="para" id="{anchor}">\n<div class="para__body">\n{inner}\n</div>\n'
                         f'<a class="para__num" href="#{anchor}">{label}</a>\n</div>')
            texts.append(t)
            result.append(entry(label, None, t))
    parts += ["</main>",
              '<footer class="site-footer"><p>\u00a9 Leverthorpe Community Safety Partnership 2025 (FICTIONAL). '
              '<a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a></p>'
              "<p>If you are worried about domestic abuse, call the local helpline on 0800 000 0000.</p></footer>",
              "</body>\n</html>\n"]
    path.write_text("\n".join(parts), encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    from lxml import html
    tree = html.fromstring(path.read_bytes())
    got = []
    for div in tree.xpath('//div[@class="para"]'):
        kids = [k_ for k_ in div if isinstance(k_.tag, str)]
        if [k_.get("class") for k_ in kids] != ["para__body", "para__num"]:
            raise AssertionError("gridorder.html: number not after the text")
        got.append((kids[1].text_content(), " ".join(" ".join(e.text_content().split())
                                                   for e in kids[0].xpath("./p|./ul/li"))))
    want = [(d["label"], t) for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"gridorder.html: read back {[g[0] for g in got]}")
    if 'grid-template-areas:"num body"' not in GO_CSS:
        raise AssertionError("gridorder.html: css")
    return {
        "note": ("A domestic homicide review's executive summary on a partnership's web page. Each numbered "
                 "paragraph is <div class=\"para\" id=\"para-2-3\"> holding FIRST <div class=\"para__body\"> (the "
                 "paragraph's <p>s) and THEN <a class=\"para__num\" href=\"#para-2-3\">2.3</a>: the number comes "
                 "after its text in the source, and the page's CSS grid (grid-template-areas \"num body\") draws "
                 "it on the left, level with the text's first line. So each number labels the text BEFORE it in "
                 "the source, never the next paragraph's. Paragraph 2.2 is two <p>s; 3.2 is a <p>, a <ul> of three "
                 "items and a <p>, all its text. A data table ('Table 1: contacts by agency') stands between 2.3 "
                 "and 2.4 and is no paragraph's text. Unnumbered <h2> headings; an unnumbered lead-in under the "
                 "title; site header, navigation, breadcrumbs and footer are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. pipetable.md: pandoc gfm of a Word review whose numbered paragraphs were rows of two-column tables
# --------------------------------------------------------------------------
# items: n_words or ("TWO", n): two Word paragraphs in one cell, joined by "<br><br>"
PT_PLAN = [
    ("Introduction", [85, 100], None),
    ("Background", [120, ("TWO", 130), 110], "AGENCIES"),
    ("Findings", [125, 115, ("TWO", 120), 105], "BULLETS"),
    ("Recommendations", [95, 80], "GLOSSARY"),
]
PT_AGENCIES = [("Agency", "Role in this review"), ("Skarrow adult social care", "Care Act assessments and the care "
               "package"), ("Quillby Road surgery", "GP care, including the medication reviews"),
               ("Wendlesham Homes", "Landlord; the tenancy support officer")]
PT_BULLETS = ["how the capacity assessments were recorded", "what the care workers\u2019 log sheets showed",
              "why the self-neglect protocol was not used"]
PT_GLOSSARY = [("Term", "Meaning"), ("SAR", "Safeguarding Adults Review"), ("MCA", "Mental Capacity Act 2005"),
               ("MDT", "Multi-disciplinary team meeting")]
PT_TITLE = "Safeguarding Adults Review: Mr B"


def md_table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("-" * (len(h) + 2) for h in rows[0]) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return out


def make_pipetable(out, pm):
    path = out / "pipetable.md"
    lines = [f"# {PT_TITLE}", "", f"*{FICT}. Every person, place and service named here is invented.*", "",
             "Wendlesham Safeguarding Adults Board (FICTIONAL) \u2013 overview report, January 2025", "",
             "<!-- converted with pandoc -f docx -t gfm; images not converted -->", ""]
    result, texts = [], []
    for s_no, (title, items, after) in enumerate(PT_PLAN, 1):
        lines += [f"## {title}", ""]
        if s_no == 1:
            lines += ["The review\u2019s paragraphs are numbered as in the board\u2019s published PDF.", ""]
        rows = [("No.", "Paragraph")]
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{k}"
            if kind == "TWO":
                a, b = pm.make(n_words // 2, "adult"), pm.make(n_words // 2, "adult")
                cell, t = f"{a}<br><br>{b}", a + " " + b
            else:
                t = pm.make(n_words, "adult")
                cell = t
            if "|" in cell:
                raise AssertionError("pipetable.md: a pipe in a cell")
            rows.append((label, cell))
            texts.append(t)
            result.append(entry(label, None, t))
        lines += [*md_table(rows), ""]
        if after == "AGENCIES":
            lines += ["The agencies that took part are listed below.", "", *md_table(PT_AGENCIES), ""]
        elif after == "BULLETS":
            lines += ["The panel asked each agency to look again at:", "", *(f"- {x}" for x in PT_BULLETS), ""]
        elif after == "GLOSSARY":
            lines += ["## Glossary", "", *md_table(PT_GLOSSARY), ""]
    lines += ["---", "", "Wendlesham Safeguarding Adults Board \u2013 page generated from the Word original", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(path.read_text(encoding="utf-8"))
    got, tables, row, in_head = [], 0, None, False
    for tok in tokens:
        if tok.type == "table_open":
            tables += 1
        elif tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open" and not in_head:
            row = []
        elif tok.type == "inline" and row is not None:
            row.append(tok.content)
        elif tok.type == "tr_close" and row is not None:
            if row[0].replace(".", "").isdigit():
                got.append((row[0], row[1].replace("<br><br>", " ")))
            row = None
    want = [(d["label"], t) for d, t in zip(result, texts, strict=True)]
    if got != want or tables != len(PT_PLAN) + 2:
        raise AssertionError(f"pipetable.md: read back {[g[0] for g in got]}, {tables} tables")
    return {
        "note": ("A safeguarding adults review converted from Word to GitHub Markdown with pandoc (-t gfm). The Word "
                 "original set its numbered paragraphs as rows of two-column tables; Word's automatic heading "
                 "numbers were lost in conversion, so the headings are unnumbered ('## Findings'). Each chapter's "
                 "paragraphs are one pipe table with the header row '| No. | Paragraph |': the typed number '3.2' in "
                 "the left cell, the paragraph in the right cell on one long line. Paragraphs 2.2 and 3.3 were two "
                 "Word paragraphs in their cell, joined by '<br><br>': one paragraph each. Between the tables: an "
                 "unnumbered lead-in, a '- ' bulleted list after 'The panel asked each agency to look again at:', "
                 "and two data tables ('| Agency | Role in this review |' and the glossary '| Term | Meaning |') "
                 "that are no paragraphs; the header rows, the HTML comment, the closing rule and its line are no "
                 "paragraphs either. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["rangeheads.pdf"] = make_rangeheads(out, pm)
    exp["wrapfloat.pdf"] = make_wrapfloat(out, pm)
    exp["repeating.docx"] = make_repeating(out, pm)
    exp["gridorder.html"] = make_gridorder(out, pm)
    exp["pipetable.md"] = make_pipetable(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return exp


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    out = pathlib.Path(out)
    exp = build(out)
    if determinism:
        with tempfile.TemporaryDirectory(prefix="blind28-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
