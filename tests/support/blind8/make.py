"""Generate the blind8 fixtures: five FICTIONAL safeguarding-review documents
in real-world layouts, plus ``expected.json`` (the answer key).

    python make.py [OUT_DIR]

Deterministic: same bytes on every run.  No network, no external programs.
Every key is checked against the written files before ``main`` returns.
"""
from __future__ import annotations

import datetime
import html
import io
import json
import pathlib
import re
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

if __package__:
    from . import text as T
else:  # run as a script
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import text as T  # type: ignore

PAGE_W, PAGE_H = A4
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "first", "second", "third", "i", "ii", "iii",
    "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "l", "c", "d", "m",
}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def first_words(body: str, n: int = 8) -> str:
    return " ".join(body.split()[:n])


def last_words(body: str, n: int = 6) -> str:
    return " ".join(body.split()[-n:])


def contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def entry(label, page, body_start: str, body_end: str | None = None, **extra):
    """Key entry (extra keys are private and stripped before writing)."""
    e = {"label": label, "page": page,
         "starts_with": first_words(body_start),
         "ends_with": last_words(body_end if body_end is not None else body_start)}
    e.update(extra)
    return e


def wrap(text: str, font: str, size: float, width_for) -> list[str]:
    """Greedy word wrap; ``width_for(i)`` gives the width of line i."""
    lines: list[str] = []
    cur: list[str] = []
    for tok in text.split():
        trial = " ".join(cur + [tok])
        if cur and stringWidth(trial, font, size) > width_for(len(lines)):
            lines.append(" ".join(cur))
            cur = [tok]
        else:
            cur.append(tok)
    if cur:
        lines.append(" ".join(cur))
    return lines


def draw_line(c, x, y, line, font, size, width=None, justify=False):
    t = c.beginText(x, y)
    t.setFont(font, size)
    gaps = line.count(" ")
    if justify and width and gaps:
        t.setWordSpace((width - stringWidth(line, font, size)) / gaps)
    t.textOut(line)
    c.drawText(t)


def new_canvas(path: pathlib.Path, title: str, author: str):
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(T.FICTIONAL)
    return c


# ---------------------------------------------------------------------------
# 1. borderless-table.pdf
# ---------------------------------------------------------------------------
def make_borderless(out: pathlib.Path) -> list[dict]:
    path = out / "borderless-table.pdf"
    c = new_canvas(path, "Child Safeguarding Practice Review: Child T",
                   "Brackenfold Safeguarding Children Partnership")
    FONT, SIZE, LEAD = "Helvetica", 11, 14.0
    LEFT, RIGHT = 72.0, PAGE_W - 72.0
    PAD = 5.4                                  # Word default cell margin
    NUM_X = LEFT + PAD                         # left (number) cell: 46 pt wide
    TXT_X = LEFT + 46 + PAD                    # right (text) cell
    TXT_W = RIGHT - PAD - TXT_X
    TOP, BOTTOM = PAGE_H - 72, 72.0
    ROW_GAP = 8.0
    st = {"page": 1, "y": TOP}

    def footer():
        c.setFont("Helvetica", 9)
        c.drawCentredString(PAGE_W / 2, 40, f"Page {st['page']}")
        c.setFont("Helvetica", 8)
        c.setFillGray(0.4)
        c.drawRightString(RIGHT, PAGE_H - 40,
                          "Child Safeguarding Practice Review \u2013 Child T")
        c.setFillGray(0)

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = TOP

    def avail():
        return int((st["y"] - BOTTOM) // LEAD) + 1 if st["y"] >= BOTTOM else 0

    # title block
    c.setFont("Helvetica-Bold", 10)
    c.setFillColorRGB(0.75, 0, 0)
    c.drawString(LEFT, st["y"], T.FICTIONAL)
    c.setFillGray(0)
    st["y"] -= 30
    c.setFont("Helvetica-Bold", 18)
    c.drawString(LEFT, st["y"], "Child Safeguarding Practice Review: Child T")
    st["y"] -= 20
    c.setFont("Helvetica", 12)
    c.drawString(LEFT, st["y"], "Brackenfold Safeguarding Children Partnership")
    st["y"] -= 16
    c.drawString(LEFT, st["y"], "Independent reviewer: Dr Morwenna Fitch")
    st["y"] -= 34

    keys: list[dict] = []
    splits = 0
    for item in T.BORDERLESS:
        kind = item[0]
        if kind == "heading":
            if avail() < 4:
                newpage()
            if st["y"] < TOP:
                st["y"] -= 6
            c.setFont("Helvetica-Bold", 13)
            c.drawString(LEFT, st["y"], item[1])
            st["y"] -= 20
        elif kind == "unnumbered":
            lines = wrap(item[1], FONT, SIZE, lambda i: RIGHT - LEFT)
            c.setFont(FONT, SIZE)
            for ln in lines:
                c.drawString(LEFT, st["y"], ln)
                st["y"] -= LEAD
            st["y"] -= ROW_GAP
        else:
            _, label, body = item
            rem = wrap(body, FONT, SIZE, lambda i: TXT_W)
            first, start_page = True, None
            while rem:
                n = min(avail(), len(rem))
                if n < len(rem):               # row breaks across the page
                    if len(rem) - n < 2:
                        n = len(rem) - 2
                    if n < 2:
                        n = 0
                if n == 0:
                    newpage()
                    continue
                c.setFont(FONT, SIZE)
                if first:
                    c.drawString(NUM_X, st["y"], label)
                    start_page = st["page"]
                for ln in rem[:n]:
                    c.drawString(TXT_X, st["y"], ln)
                    st["y"] -= LEAD
                rem = rem[n:]
                if rem:
                    splits += 1
                    newpage()
                first = False
            st["y"] -= ROW_GAP
            keys.append(entry(label, start_page, body,
                              _end_page=st["page"], _lines=None))
    footer()
    c.save()
    assert st["page"] == 3, f"borderless-table.pdf has {st['page']} pages"
    assert splits >= 2, f"only {splits} rows split across pages"
    check_pdf(path, keys, label_then_start=True)
    return keys


# ---------------------------------------------------------------------------
# 3. drop-caps.pdf
# ---------------------------------------------------------------------------
def make_dropcaps(out: pathlib.Path) -> list[dict]:
    path = out / "drop-caps.pdf"
    c = new_canvas(path, "Learning from practice: Baby R",
                   "Tidesworth Safeguarding Partnership")
    FONT, SIZE, LEAD = "Times-Roman", 10.5, 14.0
    CAP_FONT = "Times-Bold"
    # cap top level with the x-cap-height of line 1, baseline on line 3
    CAP_SIZE = round((2 * LEAD + 0.662 * SIZE) / 0.676, 1)
    LEFT, RIGHT = 62.0, PAGE_W - 62.0
    TOP, BOTTOM = PAGE_H - 60, 70.0
    TEAL = (0.0, 0.38, 0.42)
    st = {"page": 1, "y": TOP}

    def footer():
        c.setStrokeColorRGB(*TEAL)
        c.setLineWidth(0.6)
        c.line(LEFT, 52, RIGHT, 52)
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(*TEAL)
        c.drawString(LEFT, 40, "Tidesworth Safeguarding Partnership  |  "
                     "Learning from practice: Baby R")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(RIGHT, 40, str(st["page"]))
        c.setFillGray(0)

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = TOP

    def avail():
        return int((st["y"] - BOTTOM) // LEAD) + 1 if st["y"] >= BOTTOM else 0

    # banner
    c.setFont("Helvetica-Bold", 9)
    c.setFillColorRGB(0.75, 0, 0)
    c.drawString(LEFT, PAGE_H - 36, T.FICTIONAL)
    c.setFillColorRGB(*TEAL)
    c.rect(0, PAGE_H - 150, PAGE_W, 100, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica", 11)
    c.drawString(LEFT, PAGE_H - 78, "LEARNING BRIEFING")
    c.setFont("Helvetica-Bold", 26)
    c.drawString(LEFT, PAGE_H - 112, "Learning from practice: Baby R")
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, PAGE_H - 134, "Tidesworth Safeguarding Partnership  "
                 "\u00b7  rapid review briefing for all practitioners")
    c.setFillGray(0)
    st["y"] = PAGE_H - 178
    c.setFont("Helvetica-Oblique", 11.5)
    for ln in wrap("What professionals knew about a seven-week-old baby "
                   "before she was seriously injured, and what every "
                   "practitioner can take from her experience.",
                   "Helvetica-Oblique", 11.5, lambda i: RIGHT - LEFT):
        c.drawString(LEFT, st["y"], ln)
        st["y"] -= 15
    st["y"] -= 14

    keys: list[dict] = []
    n_para = 0
    for item in T.DROPCAP:
        kind = item[0]
        if kind == "heading":
            if avail() < 6:
                newpage()
            c.setFont("Helvetica-Bold", 13)
            c.setFillColorRGB(*TEAL)
            c.drawString(LEFT, st["y"], item[1])
            c.setFillGray(0)
            st["y"] -= 20
        elif kind == "box":
            _, head, quote = item
            lines = wrap(quote, "Helvetica-Oblique", 11,
                         lambda i: RIGHT - LEFT - 40)
            h = 22 + 15 * len(lines) + 12
            if st["y"] - h < BOTTOM:
                newpage()
            top = st["y"] + 4
            c.setFillColorRGB(0.88, 0.94, 0.94)
            c.rect(LEFT, top - h, RIGHT - LEFT, h, stroke=0, fill=1)
            c.setFillColorRGB(*TEAL)
            c.rect(LEFT, top - h, 4, h, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(LEFT + 20, top - 16, head.upper())
            c.setFillGray(0.15)
            c.setFont("Helvetica-Oblique", 11)
            yy = top - 34
            for ln in lines:
                c.drawString(LEFT + 20, yy, ln)
                yy -= 15
            c.setFillGray(0)
            st["y"] = top - h - 18
        else:
            n_para += 1
            label, body = str(n_para), item[1]
            cap = body[0]
            rest = body[1:].lstrip()           # "A question" -> cap "A", "question ..."
            lab_w = stringWidth(label, "Helvetica-Bold", SIZE) + 4
            cap_x = LEFT + lab_w
            txt1_x = cap_x + stringWidth(cap, CAP_FONT, CAP_SIZE) + 4
            widths = lambda i: (RIGHT - txt1_x) if i < 3 else (RIGHT - LEFT)
            lines = wrap(rest, FONT, SIZE, widths)
            assert len(lines) > 4
            if avail() < 4:                    # drop cap block stays together
                newpage()
            start_page = st["page"]
            b1 = st["y"]
            c.setFont("Helvetica-Bold", SIZE)
            c.setFillColorRGB(*TEAL)
            c.drawString(LEFT, b1, label)
            c.setFont(CAP_FONT, CAP_SIZE)
            c.drawString(cap_x, b1 - 2 * LEAD, cap)
            c.setFillGray(0)
            for i, ln in enumerate(lines):
                if avail() < 1:
                    newpage()
                x = txt1_x if i < 3 else LEFT
                last = i == len(lines) - 1
                draw_line(c, x, st["y"], ln, FONT, SIZE, widths(i), not last)
                st["y"] -= LEAD
            st["y"] -= 8
            keys.append(entry(label, start_page, body, _end_page=st["page"],
                              _cap=cap, _rest=rest,
                              _cap_alone=body[1] == " "))
    footer()
    c.save()
    assert st["page"] in (2, 3), f"drop-caps.pdf has {st['page']} pages"
    assert n_para == 10
    check_pdf(path, keys, dropcap=True)
    return keys


# ---------------------------------------------------------------------------
# 4. line-numbers.pdf
# ---------------------------------------------------------------------------
def make_linenumbers(out: pathlib.Path) -> list[dict]:
    path = out / "line-numbers.pdf"
    c = new_canvas(path, "Re K (A Child) - approved judgment (extract)",
                   "Family Court at Marlcombe")
    FONT, SIZE, LEAD = "Times-Roman", 11.5, 16.0
    TOP, SLOTS = PAGE_H - 72, 44
    NUM_RIGHT, RULE_X = 66.0, 76.0
    COL_L, COL_R = 90.0, PAGE_W - 62.0
    HANG = 30.0
    st = {"page": 1, "slot": 1}

    def slot_y(s):
        return TOP - (s - 1) * LEAD

    def finish_page():
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.55)
        for s in range(1, SLOTS + 1):
            c.drawRightString(NUM_RIGHT, slot_y(s) + 1, str(s))
        c.setStrokeGray(0.7)
        c.setLineWidth(0.5)
        c.line(RULE_X, slot_y(1) + 14, RULE_X, slot_y(SLOTS) - 6)
        c.setFillGray(0.3)
        c.setFont("Times-Italic", 9)
        c.drawString(COL_L, PAGE_H - 42, "Approved Judgment")
        c.drawRightString(COL_R, PAGE_H - 42, "Re K (A Child)  MC23C00417")
        c.setFont("Times-Roman", 9)
        c.drawCentredString((COL_L + COL_R) / 2, 34, f"Page {st['page']}")
        c.setFillGray(0)

    def newpage():
        finish_page()
        c.showPage()
        st["page"] += 1
        st["slot"] = 1

    def put(text, font=FONT, size=SIZE, x=COL_L, align="left", width=None,
            justify=False):
        if st["slot"] > SLOTS:
            newpage()
        y = slot_y(st["slot"])
        if align == "centre":
            c.setFont(font, size)
            c.drawCentredString((COL_L + COL_R) / 2, y, text)
        else:
            draw_line(c, x, y, text, font, size, width, justify)
        st["slot"] += 1

    def blank():
        if st["slot"] != 1:               # never start a page with a blank
            st["slot"] += 1

    c.setFillColorRGB(0.75, 0, 0)
    put(T.FICTIONAL, "Times-Bold", 11)
    c.setFillGray(0)
    blank()
    put("IN THE FAMILY COURT AT MARLCOMBE", "Times-Bold", 12, align="centre")
    put("Case No: MC23C00417", "Times-Roman", 11, align="centre")
    blank()
    put("Re K (A Child) (Fact-Finding Hearing)", "Times-Bold", 12,
        align="centre")
    blank()
    put("Before:", "Times-Roman", 11, align="centre")
    put("HER HONOUR JUDGE ASHWORTH", "Times-Bold", 11, align="centre")
    blank()
    put("Approved judgment: extract (paragraphs 12 to 25)", "Times-Italic", 11,
        align="centre")

    keys: list[dict] = []
    crossings = 0
    for item in T.LINENUM:
        if item[0] == "heading":
            blank()
            if st["slot"] > SLOTS - 2:
                newpage()
            put(item[1], "Times-Bold", SIZE)
            continue
        _, label, body = item
        blank()
        if st["slot"] > SLOTS:
            newpage()
        w = COL_R - COL_L - HANG
        lines = wrap(body, FONT, SIZE, lambda i: w)
        start_page = st["page"]
        c.setFont(FONT, SIZE)
        c.drawString(COL_L, slot_y(st["slot"]), label + ".")
        for i, ln in enumerate(lines):
            put(ln, x=COL_L + HANG, width=w, justify=i < len(lines) - 1)
        if st["page"] != start_page:
            crossings += 1
        keys.append(entry(label, start_page, body, _end_page=st["page"]))
    finish_page()
    c.save()
    assert st["page"] == 3, f"line-numbers.pdf has {st['page']} pages"
    assert crossings >= 2, f"only {crossings} paragraphs cross a page"
    check_pdf(path, keys, label_then_start=True, label_suffix=".",
              min_x=COL_L - 1)
    return keys


# ---------------------------------------------------------------------------
# PDF self-check
# ---------------------------------------------------------------------------
def check_pdf(path, keys, label_then_start=False, label_suffix="",
              min_x=None, dropcap=False):
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        pages = []
        for pg in pdf.pages:
            p = pg
            if min_x is not None:
                p = p.filter(lambda o: o.get("object_type") != "char"
                             or o["x0"] >= min_x)
            if dropcap:
                caps = [ch["text"] for ch in pg.chars if ch["size"] > 20]
                p = p.filter(lambda o: o.get("object_type") != "char"
                             or o["size"] < 20)
            else:
                caps = []
            txt = p.extract_text() or ""
            pages.append((txt, words(txt), caps))
    for k in keys:
        sp, ep = k["page"], k["_end_page"]
        txt, ws, caps = pages[sp - 1]
        where = f"{path.name} ¶{k['label']}"
        if not re.search(r"(?<![\w.])" + re.escape(k["label"] + label_suffix)
                         + r"(?![\w])", txt):
            raise AssertionError(f"{where}: label not on page {sp}")
        start = words(k["starts_with"])
        if dropcap:
            assert k["_cap"] in caps, f"{where}: drop cap not on page {sp}"
            # label, then the body without its first letter
            seq = words(k["label"]) + words(k["_rest"])[:len(start)]
            if not contains(ws, seq):
                raise AssertionError(f"{where}: start {seq} not on page {sp}")
            sep = " " if k["_cap_alone"] else ""
            reader = words(k["_cap"] + sep + k["_rest"])[:len(start)]
            assert reader == start, f"{where}: reader words {reader} != {start}"
        else:
            seq = (words(k["label"]) if label_then_start else []) + start
            if not contains(ws, seq):
                raise AssertionError(f"{where}: start {seq} not on page {sp}")
        if not contains(pages[ep - 1][1], words(k["ends_with"])):
            raise AssertionError(f"{where}: end not on page {ep}")


# ---------------------------------------------------------------------------
# 2. gdocs.html
# ---------------------------------------------------------------------------
GD_LIST = "lst-kix_7m2qz9xk4ha1-0"
GD_BUL = "lst-kix_c03vnl5e8r2t-0"

GD_STYLE = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmN'
    'bO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
    f'.{GD_BUL}>li:before{{content:"\\0025cf   "}}'
    f'ul.{GD_BUL}{{list-style-type:none}}'
    f'ol.{GD_LIST}{{list-style-type:none}}'
    f'.{GD_LIST}>li{{counter-increment:lst-ctn-kix_7m2qz9xk4ha1-0}}'
    f'ol.{GD_LIST}.start{{counter-reset:lst-ctn-kix_7m2qz9xk4ha1-0 0}}'
    f'.{GD_LIST}>li:before{{content:"" counter(lst-ctn-kix_7m2qz9xk4ha1-0,'
    'decimal) ". "}'
    'li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;'
    'display:inline-block;min-width:18pt}'
    'ol{margin:0;padding:0}table td,table th{padding:0}'
    '.c0{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:'
    '8pt;line-height:1.15;orphans:2;widows:2;text-align:justify}'
    '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:'
    'baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
    '.c2{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:'
    '8pt;line-height:1.15;orphans:2;widows:2;text-align:justify}'
    '.c3{padding-top:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;'
    'widows:2;text-align:left}'
    '.c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:'
    'baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
    '.c5{padding-top:20pt;padding-bottom:6pt;line-height:1.15;'
    'page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.c6{color:#1f3864;font-weight:400;text-decoration:none;vertical-align:'
    'baseline;font-size:16pt;font-family:"Arial";font-style:normal}'
    '.c7{color:#c00000;font-weight:700;font-size:10pt;font-family:"Arial"}'
    '.c8{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt '
    '72pt}'
    '.c9{margin:0;padding:0}.c10{height:11pt}'
    '.c11{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
    '.c12{font-size:10pt;font-family:"Arial";font-weight:400}'
    '.c13{vertical-align:super;font-size:11pt}'
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;'
    'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;'
    'widows:2;text-align:left}'
    '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:'
    '16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;'
    'orphans:2;widows:2;text-align:left}'
    'li{color:#000000;font-size:11pt;font-family:"Arial"}'
    'p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;'
    'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;'
    'widows:2;text-align:left}'
)


def esc(s: str) -> str:
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")


def make_gdocs(out: pathlib.Path) -> list[dict]:
    path = out / "gdocs.html"
    parts = ['<html><head><meta content="text/html; charset=UTF-8" '
             'http-equiv="content-type"><style type="text/css">', GD_STYLE,
             '</style></head><body class="c8 doc-content">',
             f'<p class="c3"><span class="c7">{esc(T.FICTIONAL)}</span></p>',
             '<p class="c3 title" id="h.4f1xq0c9u2m7"><span class="c6">'
             'Safeguarding Adults Review: Mrs Irene Calloway</span></p>',
             '<p class="c3 subtitle" id="h.b6t0k3w8s1de"><span class="c1">'
             'Kelderwick Safeguarding Adults Board &middot; Final report'
             '</span></p>',
             '<p class="c3 c10"><span class="c1"></span></p>']
    heading_ids = iter(["h.gjdgxs", "h.30j0zll", "h.1fob9te", "h.3znysh7"])
    keys: list[dict] = []
    n = 0
    open_ol = False

    def close_ol():
        nonlocal open_ol
        if open_ol:
            parts.append("</ol>")
            open_ol = False

    for item in T.GDOCS:
        kind = item[0]
        if kind == "para":
            body = item[1]
            if not open_ol:
                cls = f"c9 {GD_LIST} start" if n == 0 else f"c9 {GD_LIST}"
                parts.append(f'<ol class="{cls}" start="{n + 1}">')
                open_ol = True
            n += 1
            if "{fn}" in body:
                a, b = body.split("{fn}")
                li = (f'<span class="c1">{esc(a)}</span><sup class="c13">'
                      '<a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>'
                      f'<span class="c1">{esc(b)}</span>')
                body = a + b
            else:
                li = f'<span class="c1">{esc(body)}</span>'
            parts.append(f'<li class="c2 li-bullet-0">{li}</li>')
            keys.append(entry(str(n), None, body))
            continue
        close_ol()
        if kind == "heading":
            parts.append(f'<h1 class="c5" id="{next(heading_ids)}">'
                         f'<span class="c6">{esc(item[1])}</span></h1>')
        elif kind == "bold":
            parts.append(f'<p class="c3"><span class="c4">{esc(item[1])}'
                         '</span></p>')
        elif kind == "plain":
            parts.append(f'<p class="c3"><span class="c1">{esc(item[1])}'
                         '</span></p>')
        elif kind == "bullets":
            parts.append(f'<ul class="c9 {GD_BUL} start">')
            for b in item[1]:
                parts.append(f'<li class="c0 li-bullet-0"><span class="c1">'
                             f'{esc(b)}</span></li>')
            parts.append("</ul>")
    close_ol()
    parts.append('<p class="c3 c10"><span class="c1"></span></p>')
    parts.append('<hr class="c9"><div><p class="c11"><a href="#ftnt_ref1" '
                 'id="ftnt1">[1]</a><span class="c12">&nbsp;'
                 f'{esc(T.GDOCS_FOOTNOTE)}</span></p></div></body></html>')
    path.write_text("".join(parts), encoding="utf-8")
    assert n == 12
    check_gdocs(path, keys)
    return keys


def check_gdocs(path, keys):
    import lxml.html

    doc = lxml.html.fromstring(path.read_bytes().decode("utf-8"))
    got, count = [], 0
    for ol in doc.iter("ol"):
        classes = ol.get("class", "").split()
        if GD_LIST not in classes:
            continue
        if "start" in classes:
            count = 0
        assert int(ol.get("start")) == count + 1, "ol start attribute wrong"
        for li in ol.findall("li"):
            count += 1
            txt = li.text_content().replace("\xa0", " ")
            txt = txt.replace("[1]", "")
            got.append((str(count), words(txt)))
    assert len(got) == len(keys) == 12
    for (lab, ws), k in zip(got, keys):
        assert lab == k["label"], (lab, k["label"])
        st, en = words(k["starts_with"]), words(k["ends_with"])
        assert ws[:len(st)] == st, f"gdocs ¶{lab} start"
        assert ws[-len(en):] == en, f"gdocs ¶{lab} end"
    # the numbers are not in the text
    for li in doc.iter("li"):
        assert not re.match(r"\s*\d", li.text_content())


# ---------------------------------------------------------------------------
# 5. sublists.docx
# ---------------------------------------------------------------------------
def marker(style: str, i: int) -> str:
    if style == "dot":
        return f"{i}."
    if style == "paren":
        return f"({i})"
    return ["i", "ii", "iii", "iv", "v"][i - 1] + "."


FIXED = datetime.datetime(2023, 5, 2, 9, 30, 0)


def make_sublists(out: pathlib.Path) -> list[dict]:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    path = out / "sublists.docx"
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Eastmoor Safeguarding Children Partnership"
    cp.last_modified_by = "Eastmoor Safeguarding Children Partnership"
    cp.title = "Local Child Safeguarding Practice Review: Child R"
    cp.subject = T.FICTIONAL
    cp.revision = 3
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.comments = ""
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = ("Eastmoor Safeguarding Children "
                                     "Partnership \u2013 Child R")

    p = doc.add_paragraph()
    r = p.add_run(T.FICTIONAL)
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    doc.add_heading("Local Child Safeguarding Practice Review: Child R", 0)
    doc.add_paragraph("Independent reviewer: Ms Philippa Arkwright. "
                      "Sections 1 and 2 (methodology and terms of reference) "
                      "are published separately.")

    keys: list[dict] = []
    page = 1
    for item in T.SUBLISTS:
        kind = item[0]
        if kind == "heading":
            doc.add_heading(item[1], 1)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            page += 1
        else:
            _, label, body, style, items = item
            p = doc.add_paragraph(f"{label}\t{body}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.27)
            pf.first_line_indent = Cm(-1.27)
            pf.tab_stops.add_tab_stop(Cm(1.27))
            pf.space_after = Pt(6 if items else 10)
            for i, it in enumerate(items, 1):
                q = doc.add_paragraph(f"{marker(style, i)}\t{it}")
                qf = q.paragraph_format
                qf.left_indent = Cm(2.4)
                qf.first_line_indent = Cm(-1.0)
                qf.tab_stops.add_tab_stop(Cm(2.4))
                qf.space_after = Pt(10 if i == len(items) else 3)
            end_text = items[-1] if items else body
            if items:
                assert len(items[-1].split()) >= 6
            keys.append(entry(label, page, body, end_text, _items=len(items)))
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))
    check_docx(path, keys)
    return keys


def normalise_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return buf.getvalue()


def check_docx(path, keys):
    from docx import Document

    doc = Document(str(path))
    page, found, cur = 1, [], None
    for p in doc.paragraphs:
        if p._p.xpath('.//w:br[@w:type="page"]'):
            page += 1
        m = re.match(r"(\d+\.\d+)\t(.*)", p.text)
        if m:
            cur = {"label": m.group(1), "page": page, "start": m.group(2),
                   "end": m.group(2), "items": 0}
            found.append(cur)
            continue
        m = re.match(r"(?:\d+\.|\(\d+\)|[ivx]+\.)\t(.*)", p.text)
        if m and cur is not None:
            cur["end"] = m.group(1)
            cur["items"] += 1
        elif p.style.name.startswith("Heading"):
            cur = None
    assert len(found) == len(keys), (len(found), len(keys))
    for f, k in zip(found, keys):
        assert f["label"] == k["label"] and f["page"] == k["page"], (f, k)
        assert f["items"] == k["_items"], (f, k)
        st, en = words(k["starts_with"]), words(k["ends_with"])
        assert words(f["start"])[:len(st)] == st, f"docx ¶{f['label']} start"
        assert words(f["end"])[-len(en):] == en, f"docx ¶{f['label']} end"
    assert page == 2


# ---------------------------------------------------------------------------
# notes and global checks
# ---------------------------------------------------------------------------
NOTES = {
    "borderless-table.pdf": (
        "Word-style report in which every numbered paragraph is a row of an "
        "invisible two-column table: the number (e.g. '3.1') top-aligned in a "
        "narrow left cell at x~77pt, the wrapped text in a wide right cell at "
        "x~123pt; no rules or shading. Rows are separated by an 8pt gap. Two "
        "rows break across pages, 2.2 (pages 1-2) and 3.5 (pages 2-3); the "
        "number is printed only on the first "
        "part; the continuation starts at the top of the next page in the "
        "text cell with no number). Section headings '1.  Introduction' .. "
        "'4.  Findings' span the full width and are NOT paragraphs. Under "
        "heading 3 there is one unnumbered full-width paragraph (an intro "
        "sentence) which belongs to no numbered paragraph. Running header "
        "'Child Safeguarding Practice Review \u2013 Child T' on every page "
        "and footer 'Page N'. Paragraph 3.3 ends with a cross-reference "
        "'(see paragraph 4.1 below).' which is part of its text, not a new "
        "paragraph. page = page where the number is printed."),
    "gdocs.html": (
        "Google Docs 'Download as web page' HTML: class-only styling, one "
        "big <style> block, headings <h1 class id='h.xxx'>. Numbered "
        "paragraphs are <li> items of four separate <ol class='lst-kix_..-0'> "
        "lists; the numbers are NOT in the text, only produced by CSS "
        "counters (first list has class 'start' which resets the counter) "
        "and mirrored by the start attribute (1, 4, 7, 9). Lists are split by "
        "<h1> headings and, between 6 and 7, by an unnumbered bold <p> "
        "sub-heading. The <ul> of three short bullets (after the lead-in "
        "'Three themes run through ...:' under heading 'Analysis') belongs to "
        "no numbered paragraph. Paragraph 5 contains a mid-sentence "
        "footnote reference <sup>[1]</sup> after 'statutory guidance'; the "
        "footnote text at the end ('[1] Care and support ...') is not a "
        "numbered paragraph even though it starts with '[1]'. Labels are "
        "the displayed counter values 1-12; page is null."),
    "drop-caps.pdf": (
        "Magazine-style learning briefing, single column, justified. Each "
        "numbered paragraph starts with its number in bold teal at the left "
        "margin on the first line, then a drop cap: the first letter of the "
        "first word in Times-Bold ~51pt, baseline on the paragraph's third "
        "line, with lines 1-3 indented beside it and line 4 onwards at the "
        "margin. In extracted text the cap comes out separately from the rest "
        "of its word, e.g. pdfplumber gives a line 'A' and then '6 cross all "
        "agencies ...'. "
        "starts_with is the reader's reading with the cap rejoined "
        "('Midwives completed ...'). Paragraph 9 starts with the one-letter "
        "word 'A' as its drop cap ('A question that ...'), so the cap must "
        "NOT be glued to the next word; paragraph 5 starts 'At four weeks' "
        "(cap 'A' + 't'). Headings ('What happened' etc.), the banner, the "
        "italic standfirst and the shaded 'Practitioner's voice' quote box "
        "are not numbered paragraphs. Footer shows a bare page number at "
        "the right ('1', '2') which is not a paragraph label."),
    "line-numbers.pdf": (
        "Court judgment extract on lined 'pleading' style paper: every line "
        "slot of every page (1-44, restarting each page, including blank "
        "slots and the empty slots below the text on the last page) carries "
        "a small grey line number right-aligned at x~66pt, left of a thin "
        "vertical rule. Paragraph numbers '12.' .. '25.' sit at the left of "
        "the text column with the text hanging-indented 30pt. Paragraph 16 "
        "starts on the very last line (44) of page 1 with only one line "
        "there and continues on page 2 (its page is 1); 21 runs from page 2 "
        "to page 3. Text is justified. A line number can equal a "
        "paragraph number on the same line; line numbers are never labels. "
        "Title block and italic running header/footer ('Page N') are not "
        "paragraphs; the title line 'extract (paragraphs 12 to 25)' is not a "
        "paragraph. Bold unnumbered cross-headings sit between paragraphs. "
        "Labels are given without the trailing full stop."),
    "sublists.docx": (
        "Word review with TYPED multi-level numbers: each paragraph is "
        "'4.2<TAB>text' with a 1.27cm hanging indent (no Word auto-numbering). "
        "Headings are Heading 1 paragraphs typed '3<TAB>Background' etc. "
        "Paragraphs 3.3, 4.2, 5.2 and 5.4 end with a colon and are followed "
        "by a typed sub-list, each item a separate Word paragraph with a "
        "deeper hanging indent: '1.', '2.', '3.' (after 3.3 and 5.4), "
        "'(1)'..'(3)' (after 4.2), 'i.'..'iii.' (after 5.2). The sub-list "
        "items belong to their parent paragraph, so the parent's ends_with "
        "is the end of its last item; the sub-item markers are not labels. "
        "A paragraph containing only a page break (Ctrl+Enter) sits between "
        "5.2's sub-list and 5.3: paragraphs before it are page 1, 5.3 onwards "
        "page 2. The lead-in paragraph under the title mentions 'Sections 1 "
        "and 2' and is not numbered."),
}


def check_global(all_keys: dict, texts: list[str]):
    seen_start = set()
    for t in texts:
        n = len(t.split())
        assert 60 <= n <= 250, (n, t[:60])
        w0 = words(t)[0]
        assert not re.search(r"\d", w0) and w0 not in NUMBER_WORDS, t[:40]
    assert len(set(texts)) == len(texts), "duplicate paragraph text"
    for name, ks in all_keys.items():
        for k in ks:
            s = tuple(words(k["starts_with"]))
            assert len(s) >= 8 and len(words(k["ends_with"])) >= 6, (name, k)
            assert s not in seen_start, (name, k)
            seen_start.add(s)


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    keys = {
        "borderless-table.pdf": make_borderless(out),
        "gdocs.html": make_gdocs(out),
        "drop-caps.pdf": make_dropcaps(out),
        "line-numbers.pdf": make_linenumbers(out),
        "sublists.docx": make_sublists(out),
    }
    texts = ([i[2] for i in T.BORDERLESS if i[0] == "para"]
             + [i[1].replace("{fn}", "") for i in T.GDOCS if i[0] == "para"]
             + [i[1] for i in T.DROPCAP if i[0] == "para"]
             + [i[2] for i in T.LINENUM if i[0] == "para"]
             + [i[2] + " " + " ".join(i[4]) for i in T.SUBLISTS
                if i[0] == "para"])
    check_global(keys, texts)
    expected = {}
    for name, ks in keys.items():
        expected[name] = {
            "note": NOTES[name],
            "paragraphs": [{k: v for k, v in e.items() if not k.startswith("_")}
                           for e in ks],
        }
    (out / "expected.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1
         else pathlib.Path(__file__).resolve().parent / "generated")
