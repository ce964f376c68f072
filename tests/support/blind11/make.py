"""Blind fixture generator 11: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir]

right-margin.pdf    bare paragraph numbers in the RIGHT margin, beside each paragraph's first line
twocol-spanning.pdf justified two columns, bold inline numbers ("3.4 Text"), headings spanning both columns
                    in mid-page with the columns balanced above them
seq-fields.docx     numbers made by Word SEQ fields (cached results), a tab, a hanging indent, a REF field
dl-paras.html       a council page whose paragraphs are <dl> pairs: <dt>Para 4</dt><dd>...</dd>
classified.pdf      "OFFICIAL-SENSITIVE" at the top and bottom of every page, "Page N" footers, a document
                    control table of version numbers ("0.2", "1.0") before numbered paragraphs
"""
import datetime as _dt
import html as _h
import io
import json
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from text import ParaMaker, key_words, norm, contains_seq  # type: ignore
else:
    from .text import ParaMaker, key_words, norm, contains_seq

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONTDIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
FICT = "FICTIONAL \u2013 for software testing"
W, H = 595.27, 841.89


def _reg_fonts():
    for name, f in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, f)))


def wrap(text, width, measure, first_width=None):
    lines, cur = [], ""
    for w in text.split():
        cand = w if not cur else cur + " " + w
        lim = first_width if (first_width is not None and not lines) else width
        if measure(cand) <= lim or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def entry(label, page, text):
    s, e = key_words(text)
    return {"label": label, "page": page, "starts_with": s, "ends_with": e}


def check_lengths(name, texts):
    seen = set()
    for t in texts:
        n = len(t.split())
        if not 50 <= n <= 250:
            raise AssertionError(f"{name}: paragraph of {n} words")
        if t in seen:
            raise AssertionError(f"{name}: duplicate paragraph")
        seen.add(t)


def check_pdf_texts(name, texts, paras, ends):
    """texts: per page, the page's text in reading order (as the generator knows it was drawn)."""
    for d, endp in zip(paras, ends):
        t_start = texts[d["page"] - 1]
        if not re.search(r"(?<![\d.])" + re.escape(d["label"]) + r"(?![\d.]*\d)", t_start):
            raise AssertionError(f"{name}: label {d['label']} not on page {d['page']}")
        if not contains_seq(norm(t_start), norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"{name}: starts_with of {d['label']} not on page {d['page']}")
        if not contains_seq(norm(texts[endp - 1]), norm(d["ends_with"])):
            raise AssertionError(f"{name}: ends_with of {d['label']} not on page {endp}")


def _pdf_crops(path, regions):
    """regions: per page, a list of (x0, top, x1, bottom) boxes read in order."""
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != len(regions):
            raise AssertionError(f"{path.name}: {len(pdf.pages)} pages, expected {len(regions)}")
        for p, boxes in zip(pdf.pages, regions):
            out.append("\n".join(p.crop(b).extract_text() or "" for b in boxes))
    return out


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


# --------------------------------------------------------------------------
# 1. right-margin.pdf
# --------------------------------------------------------------------------
def make_right_margin(out, pm):
    _reg_fonts()
    path = out / "right-margin.pdf"
    TXT_X, TXT_R, NUM_X = 62.0, 448.0, 500.0
    LEAD, BOTTOM, TOP = 14.5, 80.0, H - 78
    plan = [("Background", [120, 95, 140, 110]),
            ("What the agencies knew", [150, 130, 100, 160, 115, 90]),
            ("Analysis of practice", [140, 125, 170, 105, 135]),
            ("Conclusions", [110, 95, 120])]
    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Safeguarding Adults Review: Mrs D (FICTIONAL)")
    c.setAuthor("Hethersby Safeguarding Adults Board")
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", 10)
    page = [1]
    drawn = [[]]  # per page: text as drawn (body lines, with the label placed before its line)

    def furniture(pno):
        c.setFont("VeraIt", 8)
        c.drawString(TXT_X, H - 40, FICT + "   Safeguarding Adults Review: Mrs D")
        c.setLineWidth(0.4)
        c.line(TXT_X, H - 46, W - 56, H - 46)
        c.setFont("Vera", 8.5)
        c.drawRightString(W - 56, 42, "Page %d" % pno)

    def new_page():
        c.showPage()
        page[0] += 1
        drawn.append([])
        furniture(page[0])
        return TOP

    furniture(1)
    c.setFont("VeraBd", 17)
    c.drawString(TXT_X, H - 96, "Safeguarding Adults Review: Mrs D")
    c.setFont("Vera", 10)
    c.drawString(TXT_X, H - 114, "Hethersby Safeguarding Adults Board \u2013 independent reviewer's report, 2024")
    c.setFont("VeraIt", 9)
    c.drawString(TXT_X, H - 130, "Paragraph numbers appear in the right-hand margin beside the first line.")
    y = H - 166
    result, ends, texts = [], [], []
    n = 0
    for head, lens in plan:
        if y - 3 * LEAD < BOTTOM:
            y = new_page()
        c.setFont("VeraBd", 12)
        c.drawString(TXT_X, y, head)
        drawn[-1].append(head)
        y -= 1.6 * LEAD
        for tw in lens:
            n += 1
            label = str(n)
            text = pm.make(tw)
            texts.append(text)
            lines = wrap(text, TXT_R - TXT_X, meas)
            start = None
            for k, ln in enumerate(lines):
                if y < BOTTOM:
                    y = new_page()
                c.setFont("Vera", 10)
                c.drawString(TXT_X, y, ln)
                if k == 0:
                    start = page[0]
                    c.setFont("VeraBd", 10)
                    c.drawString(NUM_X, y, label)
                    drawn[-1].append(label)
                drawn[-1].append(ln)
                y -= LEAD
            result.append(entry(label, start, text))
            ends.append(page[0])
            y -= 0.6 * LEAD
    c.showPage()
    c.save()
    check_lengths(path.name, texts)
    if not any(d["page"] != e for d, e in zip(result, ends)):
        raise AssertionError("right-margin.pdf: no paragraph crosses a page")
    # what was drawn, and what a PDF reader finds there (body and margin read separately)
    check_pdf_texts(path.name, ["\n".join(t) for t in drawn], result, ends)
    crops = _pdf_crops(path, [[(0, 50, NUM_X - 8, H - 50), (NUM_X - 8, 50, W, H - 50)]] * page[0])
    for d, e in zip(result, ends):
        t = norm(crops[d["page"] - 1])
        if not contains_seq(t, norm(d["starts_with"])) or not contains_seq(norm(crops[e - 1]), norm(d["ends_with"])):
            raise AssertionError("right-margin.pdf: extraction mismatch at " + d["label"])
    return {
        "note": ("Single text column (ragged right) with bare bold paragraph numbers 1-18 placed in the RIGHT "
                 "margin (x=500) on the baseline of each paragraph's first line. Unnumbered bold section "
                 "headings. Running header with FICTIONAL label; 'Page N' bottom right. Paragraphs cross page "
                 "breaks; page = page where the paragraph starts."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. twocol-spanning.pdf
# --------------------------------------------------------------------------
def make_twocol(out, pm):
    _reg_fonts()
    path = out / "twocol-spanning.pdf"
    L0, L1, R0, R1 = 50.0, 288.0, 307.0, 545.0
    CW = L1 - L0
    FS, LEAD = 9.5, 12.0
    TOP, BOTTOM = H - 70, 70.0
    sections = [("2", "Background to the review", [95, 120, 80, 105, 110]),
                ("3", "Information sharing between agencies", [130, 90, 115, 100, 125, 85]),
                ("4", "Supervision and management oversight", [110, 95, 135, 90]),
                ("5", "Conclusions", [100, 85, 95])]
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", FS)
    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Domestic Homicide Review: Ellen (FICTIONAL)")
    c.setAuthor("Lindenford Community Safety Partnership")
    page = [1]
    regions = [[]]      # crop boxes per page, in reading order
    drawn = [[]]        # text per page in reading order

    def furniture(pno):
        c.setFont("VeraIt", 8)
        c.drawString(L0, H - 40, FICT + "   |   Domestic Homicide Review: Ellen")
        c.setFont("Vera", 8)
        c.drawCentredString(W / 2, 40, "Page %d" % pno)

    def new_page():
        c.showPage()
        page[0] += 1
        regions.append([])
        drawn.append([])
        furniture(page[0])
        return TOP

    def draw_line(x0, y, item, last):
        kind, label, words = item
        xs = x0
        fs = FS
        parts = []
        if label:
            c.setFont("VeraBd", fs)
            c.drawString(xs, y, label)
            xs += pdfmetrics.stringWidth(label + " ", "VeraBd", fs)
            parts.append(label)
        avail = x0 + CW - xs
        ww = [pdfmetrics.stringWidth(w, "Vera", fs) for w in words]
        gap = pdfmetrics.stringWidth(" ", "Vera", fs)
        if not last and len(words) > 1:
            gap = (avail - sum(ww)) / (len(words) - 1)
        c.setFont("Vera", fs)
        for w, wd in zip(words, ww):
            c.drawString(xs, y, w)
            xs += wd + gap
        parts.extend(words)
        return " ".join(parts)

    furniture(1)
    c.setFont("VeraBd", 18)
    c.drawString(L0, H - 90, "Domestic Homicide Review: Ellen")
    c.setFont("Vera", 10)
    c.drawString(L0, H - 108, "Lindenford Community Safety Partnership \u2013 overview report (FICTIONAL)")
    y = H - 140
    result, ends, texts = [], [], []
    for num, title, lens in sections:
        # lines of this section: ("L", label or None, words) per line, ("G", None, []) for paragraph gaps
        items, owners = [], []
        for k, tw in enumerate(lens, 1):
            label = "%s.%d" % (num, k)
            text = pm.make(tw)
            texts.append(text)
            first_w = CW - pdfmetrics.stringWidth(label + " ", "VeraBd", FS)
            lines = wrap(text, CW, meas, first_width=first_w)
            for j, ln in enumerate(lines):
                items.append(("L", label if j == 0 else None, ln.split(), j == len(lines) - 1))
                owners.append(len(result))
            items.append(("G", None, [], True))
            owners.append(None)
            result.append(entry(label, None, text))
            ends.append(None)
        items.pop()
        owners.pop()
        # spanning heading
        if y - 2 * LEAD - 4 * LEAD < BOTTOM:
            y = new_page()
        c.setFont("VeraBd", 12.5)
        htxt = "%s   %s" % (num, title)
        c.drawString(L0, y, htxt)
        c.setLineWidth(0.6)
        c.line(L0, y - 5, R1, y - 5)
        regions[-1].append((L0 - 2, H - y - 14, R1 + 2, H - y + 6))
        drawn[-1].append(htxt)
        y -= 2 * LEAD
        pos = 0
        while pos < len(items):
            while pos < len(items) and items[pos][0] == "G":
                pos += 1
            rows = int((y - BOTTOM) // LEAD) + 1
            rest = len(items) - pos
            if rest <= 2 * rows:
                left = (rest + 1) // 2  # balance the two columns above the next heading
                cols = [items[pos:pos + left], items[pos + left:]]
                own = [owners[pos:pos + left], owners[pos + left:]]
                pos = len(items)
            else:
                cols = [items[pos:pos + rows], items[pos + rows:pos + 2 * rows]]
                own = [owners[pos:pos + rows], owners[pos + rows:pos + 2 * rows]]
                pos += 2 * rows
            used = 0
            for x0, col, ow in ((L0, cols[0], own[0]), (R0, cols[1], own[1])):
                while col and col[0][0] == "G":
                    col, ow = col[1:], ow[1:]
                yy = y
                txt = []
                for it, o in zip(col, ow):
                    if it[0] == "L":
                        txt.append(draw_line(x0, yy, it[:3], it[3]))
                        if it[1]:
                            result[o]["page"] = page[0]
                        ends[o] = page[0]
                    else:
                        txt.append("")
                    yy -= LEAD
                used = max(used, len(col))
                regions[-1].append((x0 - 2, H - y - 10, x0 + CW + 2, H - (y - (len(col) - 1) * LEAD) + 4))
                drawn[-1].append("\n".join(txt))
            if pos < len(items):
                y = new_page()
            else:
                y -= used * LEAD + LEAD
    c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_pdf_texts(path.name, ["\n".join(t) for t in drawn], result, ends)
    check_pdf_texts(path.name, _pdf_crops(path, regions), result, ends)
    # the layout shows what it is meant to: a heading with columns above it on the same page, a paragraph
    # from the left column into the right, and one across a page
    return {
        "note": ("Justified two-column body (9.5pt) with bold paragraph numbers run inline at the start of "
                 "each paragraph ('3.4 Text...', no hanging indent). Numbered section headings ('3   Title') "
                 "span both columns, in mid-page: the columns above a heading are balanced, so reading order "
                 "is left column, right column, heading, then the two columns below it. Some paragraphs run "
                 "from the left column into the right and one across a page. Headings are not paragraphs."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. seq-fields.docx
# --------------------------------------------------------------------------
def _field_runs(p, instr, result_text):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        p._p.append(r)

    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    run_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_with(s)
    t = OxmlElement("w:t")
    t.text = result_text
    run_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


def make_seq_docx(out, pm):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    path = out / "seq-fields.docx"
    doc = docx.Document()
    cp = doc.core_properties
    fixed = _dt.datetime(2024, 1, 1, 0, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    cp.author = "Fixture"
    cp.title = "Safeguarding Adults Review: Mr K (FICTIONAL)"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.add_run(FICT + " \u2013 Safeguarding Adults Review: Mr K \u2013 page ")
    _field_runs(fp, " PAGE ", "1")

    doc.add_paragraph(FICT)
    doc.add_paragraph("Safeguarding Adults Review: Mr K", style="Title")
    doc.add_paragraph("Quarrington Safeguarding Adults Board. The numbered paragraphs of this report are "
                      "numbered by sequence fields, so that they renumber when paragraphs are added.")
    plan = [("H", "Introduction"), ("P", 110), ("P", 95), ("P", 120), ("BR",),
            ("H", "The agencies involved"), ("P", 140), ("P", 100), ("P", 125), ("BR",),
            ("P", 115), ("P", 130), ("P", 90), ("BR",),
            ("H", "Findings"), ("P", 135), ("P", 105), ("P", 120), ("BR",),
            ("P", 145), ("P", 100), ("H", "Recommendations"), ("P", 95), ("P", 85)]
    page, n = 1, 0
    result, texts = [], []
    for item in plan:
        if item[0] == "H":
            doc.add_heading(item[1], level=1)
        elif item[0] == "BR":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            page += 1
        else:
            n += 1
            text = pm.make(item[1])
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(1.27)
            pf.first_line_indent = Cm(-1.27)
            pf.tab_stops.add_tab_stop(Cm(1.27))
            pf.space_after = Pt(8)
            _field_runs(p, r" SEQ Para \* ARABIC ", str(n))
            p.add_run("\t")
            if n == 8:
                head, tail = text.split(". ", 1)
                p.add_run(head + ". As explained at paragraph ")
                _field_runs(p, r" REF _Ref_para3 \r \h ", "3")
                p.add_run(" above, " + tail[0].lower() + tail[1:])
                text = head + ". As explained at paragraph 3 above, " + tail[0].lower() + tail[1:]
            else:
                p.add_run(text)
            if n == 3:  # the bookmark the REF field points at
                bs = OxmlElement("w:bookmarkStart")
                bs.set(qn("w:id"), "0")
                bs.set(qn("w:name"), "_Ref_para3")
                be = OxmlElement("w:bookmarkEnd")
                be.set(qn("w:id"), "0")
                p._p.insert(1, bs)
                p._p.insert(2, be)
            texts.append(text)
            result.append(entry(str(n), page, text))
    check_lengths(path.name, texts)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))

    # read back: the visible text (w:t and w:tab only), page by explicit breaks
    d2 = docx.Document(str(path))
    W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    page, found = 1, []
    for p in d2.paragraphs:
        if 'w:type="page"' in p._p.xml:
            page += 1
        vis = "".join(el.text if el.tag == W_NS + "t" else "\t" for el in p._p.iter(W_NS + "t", W_NS + "tab")
                      if el.getparent().tag == W_NS + "r")
        m = re.match(r"^(\d+)\t(.*)$", vis)
        if m:
            found.append((m.group(1), page, m.group(2)))
    if [f[0] for f in found] != [d["label"] for d in result]:
        raise AssertionError("seq-fields.docx: labels differ")
    for (lab, pg, body), d in zip(found, result):
        b = norm(body)
        if pg != d["page"] or b[:len(norm(d["starts_with"]))] != norm(d["starts_with"]) \
                or b[-len(norm(d["ends_with"])):] != norm(d["ends_with"]):
            raise AssertionError("seq-fields.docx mismatch at " + lab)
    return {
        "note": ("Each numbered paragraph starts with a complex SEQ field (begin / instrText ' SEQ Para \\* "
                 "ARABIC ' / separate / cached result 'N' / end), then a tab, on a 1.27cm hanging indent; no "
                 "Word list numbering. The field code text is not printed; the cached result is. Paragraph 8 "
                 "contains a REF field whose result is '3' ('As explained at paragraph 3 above'): not a new "
                 "paragraph. The footer has a PAGE field. Unnumbered Heading 1 titles. Explicit page breaks "
                 "after every two to three paragraphs; page = count of explicit breaks before it + 1."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. dl-paras.html
# --------------------------------------------------------------------------
LIST_ITEMS = [
    "agree a single escalation route that every agency in the borough understands and uses;",
    "make sure that every closure letter names the service that will remain in contact;",
    "check, at each multi-agency meeting, who has actually seen the adult in the last month.",
]


def make_html(out, pm):
    from lxml import html as lh
    path = out / "dl-paras.html"
    sections = [("Summary of the circumstances", [("p", 90), ("p", 110), ("pp", 70, 60), ("p", 95)]),
                ("Findings", [("p", 120), ("pp", 80, 55), ("p", 100), ("p", 130), ("pul", 75)]),
                ("What the board will do next", [("p", 95), ("p", 85), ("pp", 65, 50), ("p", 105), ("p", 80)]),
                ("Acknowledgements", [("p", 70)])]
    n = 0
    body, two_p, with_ul = [], [], []
    result, texts = [], []
    for title, items in sections:
        body.append('<h2 id="%s">%s</h2>' % (re.sub(r"\W+", "-", title.lower()), _h.escape(title)))
        body.append('<dl class="numbered-paragraphs">')
        for it in items:
            n += 1
            t1 = pm.make(it[1])
            (two_p if it[0] == "pp" else with_ul if it[0] == "pul" else []).append(str(n))
            if it[0] == "p":
                dd = "<p>%s</p>" % _h.escape(t1)
                full = t1
            elif it[0] == "pp":
                t2 = pm.make(it[2])
                dd = "<p>%s</p>\n      <p>%s</p>" % (_h.escape(t1), _h.escape(t2))
                full = t1 + " " + t2
            else:
                t1 = t1.rstrip(".") + ". The board will therefore:"
                dd = "<p>%s</p>\n      <ul>%s</ul>" % (_h.escape(t1), "".join(
                    "<li>%s</li>" % _h.escape(li) for li in LIST_ITEMS))
                full = t1 + " " + " ".join(LIST_ITEMS)
            texts.append(full)
            body.append('    <dt id="para-%d">Para %d</dt>\n    <dd>\n      %s\n    </dd>' % (n, n, dd))
            result.append(entry(str(n), None, full))
        body.append("</dl>")
        body.append('<p class="back-to-top"><a href="#top">Back to top</a></p>')
    check_lengths(path.name, texts)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Safeguarding Adults Review: Mr and Mrs P (FICTIONAL) | Westerleigh Borough Council</title>
<style>
dl.numbered-paragraphs {{ display: grid; grid-template-columns: 5em 1fr; }}
dl.numbered-paragraphs dt {{ font-weight: bold; }}
</style>
</head>
<body id="top">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="banner">{FICT}</div>
<header class="site-header"><a href="/">Westerleigh Borough Council</a>
  <form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"></form>
</header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/social-care">Adult social care</a></li>
<li><a href="/social-care/safeguarding">Safeguarding</a></li><li>Safeguarding adults reviews</li></ol></nav>
<div class="layout">
<aside class="side-nav"><h2>In this section</h2><ul>
  <li><a href="/sab/about">About the board</a></li><li><a href="/sab/reviews">Published reviews</a></li>
  <li><a href="/sab/report">Report a concern</a></li></ul></aside>
<main id="main">
<p class="label"><strong>{FICT}</strong></p>
<h1>Safeguarding Adults Review: Mr and Mrs P</h1>
<p class="meta">Published 3 June 2024 by the Westerleigh Safeguarding Adults Board. Last updated 5 June 2024.</p>
<p>This is the executive summary of the review. Paragraph numbers match the full report, which is available on request.</p>
{chr(10).join(body)}
<p>If you are worried about an adult, call 0300 000 0000 (FICTIONAL) at any time.</p>
</main>
</div>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul>
<p>&copy; Westerleigh Borough Council 2024</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    tree = lh.fromstring(path.read_bytes())
    got = []
    for dt in tree.xpath("//dl/dt"):
        dd = dt.getnext()
        m = re.fullmatch(r"Para (\d+)", dt.text_content().strip())
        got.append((m.group(1), " ".join(dd.text_content().split())))
    if [g[0] for g in got] != [d["label"] for d in result]:
        raise AssertionError("dl-paras.html: labels differ")
    for (lab, b), d in zip(got, result):
        b = norm(b)
        if b[:len(norm(d["starts_with"]))] != norm(d["starts_with"]) or \
                b[-len(norm(d["ends_with"])):] != norm(d["ends_with"]):
            raise AssertionError("dl-paras.html mismatch at " + lab)
    return {
        "note": ("Council page: numbered paragraphs are <dl> pairs, <dt>Para N</dt> then <dd> holding the "
                 "text; %d <dl>s under <h2> headings, numbering continuous 1-%d. Paragraphs %s have two <p>s "
                 "in their <dd> (both belong to the paragraph); %s ends with a <ul> that belongs to it. The "
                 "label is the number N. Breadcrumb, side navigation, 'Back to top' links, intro, closing "
                 "helpline line and footer are not paragraphs. Pages are null."
                 % (len(sections), n, ", ".join(two_p), ", ".join(with_ul))),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. classified.pdf
# --------------------------------------------------------------------------
def make_classified(out, pm):
    _reg_fonts()
    path = out / "classified.pdf"
    NUM_X, TXT_X, TXT_R = 60.0, 100.0, 535.0
    LEAD, TOP, BOTTOM = 14.0, H - 92, 92.0
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", 10)
    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Domestic Homicide Review: Rosa (FICTIONAL)")
    c.setAuthor("Corrin Vale Community Safety Partnership")
    page = [1]
    drawn = [[]]

    def furniture(pno):
        c.setFillColorRGB(0.75, 0, 0)
        c.setFont("VeraBd", 11)
        c.drawCentredString(W / 2, H - 34, "OFFICIAL-SENSITIVE")
        c.drawCentredString(W / 2, 30, "OFFICIAL-SENSITIVE")
        c.setFillGray(0)
        c.setFont("Vera", 8)
        c.drawString(NUM_X, H - 54, "Domestic Homicide Review \u2013 \u2018Rosa\u2019 \u2013 Overview Report v1.0")
        c.drawRightString(TXT_R, H - 54, FICT)
        c.drawString(NUM_X, 52, "Corrin Vale Community Safety Partnership")
        c.drawRightString(TXT_R, 52, "Page %d" % pno)

    def new_page():
        c.showPage()
        page[0] += 1
        drawn.append([])
        furniture(page[0])
        return TOP

    furniture(1)
    c.setFont("VeraBd", 18)
    c.drawString(NUM_X, H - 110, "Domestic Homicide Review")
    c.setFont("Vera", 12)
    c.drawString(NUM_X, H - 130, "Overview report into the death of \u2018Rosa\u2019 in Corrin Vale, March 2023")
    # document control table
    y = H - 168
    c.setFont("VeraBd", 10)
    c.drawString(NUM_X, y, "Document control")
    y -= 10
    cols = [NUM_X, 120, 210, 360, TXT_R]
    rows = [("Version", "Date", "Author", "Status"),
            ("0.1", "12/09/2023", "Independent chair", "Draft for panel"),
            ("0.2", "30/10/2023", "Independent chair", "Revised after panel"),
            ("1.0", "15/01/2024", "Independent chair", "Submitted to Home Office")]
    c.setLineWidth(0.5)
    top = y
    for r, row in enumerate(rows):
        c.setFont("VeraBd" if r == 0 else "Vera", 9)
        for x, cell in zip(cols, row):
            c.drawString(x + 4, y - 12, cell)
        y -= 18
    for yy in [top - 18 * k for k in range(len(rows) + 1)]:
        c.line(NUM_X, yy, TXT_R, yy)
    for x in cols:
        c.line(x, top, x, y)
    y -= 30
    plan = [("1", "Introduction", [115, 90, 130, 100]),
            ("2", "Timescales and methodology", [120, 95, 140]),
            ("3", "Summary chronology", [150, 125, 110, 135, 105]),
            ("4", "Analysis", [140, 120, 95, 130, 110]),
            ("5", "Conclusions and lessons to be learned", [100, 120, 85])]
    result, ends, texts = [], [], []
    for num, head, lens in plan:
        if y - 3 * LEAD < BOTTOM:
            y = new_page()
        c.setFont("VeraBd", 12)
        c.drawString(NUM_X, y, num + ".")
        c.drawString(TXT_X, y, head)
        drawn[-1].append(num + ". " + head)
        y -= 1.7 * LEAD
        for k, tw in enumerate(lens, 1):
            label = "%s.%d" % (num, k)
            text = pm.make(tw)
            texts.append(text)
            start = None
            for j, ln in enumerate(wrap(text, TXT_R - TXT_X, meas)):
                if y < BOTTOM:
                    y = new_page()
                c.setFont("Vera", 10)
                if j == 0:
                    start = page[0]
                    c.drawString(NUM_X, y, label)
                    drawn[-1].append(label + " " + ln)
                else:
                    drawn[-1].append(ln)
                c.drawString(TXT_X, y, ln)
                y -= LEAD
            result.append(entry(label, start, text))
            ends.append(page[0])
            y -= 0.7 * LEAD
    c.showPage()
    c.save()
    check_lengths(path.name, texts)
    if sum(d["page"] != e for d, e in zip(result, ends)) < 2:
        raise AssertionError("classified.pdf: fewer than two paragraphs cross a page")
    check_pdf_texts(path.name, ["\n".join(t) for t in drawn], result, ends)
    check_pdf_texts(path.name, _pdf_crops(path, [[(0, 62, W, H - 62)]] * page[0]), result, ends)
    return {
        "note": ("Domestic homicide review style: red bold 'OFFICIAL-SENSITIVE' centred at the top AND bottom "
                 "of every page, a running header (report title, FICTIONAL label), a footer with the "
                 "partnership name and 'Page N'. Page 1 has a ruled 'Document control' table whose first "
                 "column holds version numbers 0.1, 0.2, 1.0 (not paragraphs). Numbered section headings "
                 "'1.  Introduction' (not paragraphs), paragraphs 1.1 ... 5.3 with hanging numbers; several "
                 "cross page breaks, so the bottom marking and footer fall between their lines."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["right-margin.pdf"] = make_right_margin(out, pm)
    exp["twocol-spanning.pdf"] = make_twocol(out, pm)
    exp["seq-fields.docx"] = make_seq_docx(out, pm)
    exp["dl-paras.html"] = make_html(out, pm)
    exp["classified.pdf"] = make_classified(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
