"""Blind fixture generator 12: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir]

paren-quotes.pdf     paragraph numbers "(12)" hanging in the margin; some paragraphs carry an indented italic
                     quotation block and then carry on (the quotation and what follows belong to them)
light-numbers.pdf    paragraph numbers printed small and pale grey in the margin, on the same baseline as the
                     first line of black body text; numbered section headings in large bold type
landscape-twocol.pdf landscape A4 in two columns, hanging "17." numbers, headings in the column flow,
                     paragraphs running from column to column and page to page
toc-cover.docx       a cover page, a Word TOC field (cached entries with hyperlinks, PAGEREF fields, dot
                     leaders and page numbers), headers and footers with a different first page, typed
                     "2.3<tab>" numbers on a hanging indent
pdf2html.html        an HTML export of a PDF in the manner of pdf2htmlEX: one absolutely positioned <div> per
                     printed line inside one <div class="pf"> per page, an outline sidebar, "Page N" footers
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


def check_count(name, result):
    if not 15 <= len(result) <= 40:
        raise AssertionError(f"{name}: {len(result)} paragraphs")


def check_pdf_texts(name, texts, paras, ends, printed=None):
    """texts: per page, the page's text in reading order. printed: how each label is printed, if not bare."""
    for d, endp in zip(paras, ends):
        shown = printed(d["label"]) if printed else d["label"]
        t_start = texts[d["page"] - 1]
        if not re.search(r"(?<![\d.])" + re.escape(shown) + r"(?![\d.]*\d)", t_start):
            raise AssertionError(f"{name}: label {shown} not on page {d['page']}")
        if not contains_seq(norm(t_start), norm(shown + " " + d["starts_with"])):
            raise AssertionError(f"{name}: starts_with of {d['label']} not on page {d['page']}")
        if not contains_seq(norm("\n".join(texts[max(d["page"], endp - 1) - 1:endp])), norm(d["ends_with"])):
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


def split_sentences(text):
    return re.split(r"(?<=\.) (?=[A-Z])", text)


# --------------------------------------------------------------------------
# 1. paren-quotes.pdf
# --------------------------------------------------------------------------
QUOTES = [
    "I rang them every week that spring. Each time somebody new picked up the phone, took my details and said "
    "that a social worker would call me back, and each time nobody did. In the end I stopped ringing.",
    "We were told the case had been stepped down and that the family were engaging well. Looking back, "
    "engaging meant that they opened the door when we knocked, and not much more than that.",
    "She would sit at the back of the class with her coat on, even in June. When I asked her about it she "
    "said she was cold, and I believed her, because she was always so polite about everything.",
    "The referral form had a box for the child's views and I wrote that she had not been spoken to. Nobody "
    "ever came back to me to ask why, and I did not think to raise it again.",
]
LEADS = [
    "Her grandmother described the months before the incident to the review in these words:",
    "A family support worker put it plainly when interviewed:",
    "Her class teacher told the review:",
    "The health visitor, who made the first referral, recalled:",
]
FOLLOWS = [
    "those words stay with the panel, and they are the reason for the first recommendation below.",
    "that frankness is welcome, and it matches what the case records show.",
    "politeness of this kind is a familiar feature of children living with neglect.",
    "the gap she describes was repeated at least twice more in the months that followed.",
]


def make_paren_quotes(out, pm):
    _reg_fonts()
    path = out / "paren-quotes.pdf"
    NUM_X, TXT_X, TXT_R, Q_X, Q_R = 62.0, 98.0, 533.0, 128.0, 503.0
    FS, LEAD, TOP, BOTTOM = 10.5, 15.0, H - 86, 84.0
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", FS)
    qmeas = lambda s: pdfmetrics.stringWidth(s, "VeraIt", 10)
    plan = [("Why this review was held", [110, 90, 125, ("q", 0, 70, 45)]),
            ("The family and the agencies", [140, 100, 120, 115, ("q", 1, 80, 55)]),
            ("What happened", [150, 95, ("q", 2, 65, 60), 130, 105, 120]),
            ("Analysis", [135, 110, ("q", 3, 75, 50), 125, 100]),
            ("Conclusion", [90, 85])]
    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Child Safeguarding Practice Review: Child M (FICTIONAL)")
    c.setAuthor("Brannock Moor Safeguarding Children Partnership")
    page = [1]
    drawn = [[]]

    def furniture(pno):
        c.setFont("Vera", 8)
        c.drawString(NUM_X, H - 42, "Child Safeguarding Practice Review: Child M")
        c.drawRightString(TXT_R, H - 42, FICT)
        c.setLineWidth(0.3)
        c.line(NUM_X, H - 48, TXT_R, H - 48)
        c.drawCentredString(W / 2, 44, "- %d -" % pno)

    def new_page():
        c.showPage()
        page[0] += 1
        drawn.append([])
        furniture(page[0])
        return TOP

    furniture(1)
    c.setFont("VeraBd", 18)
    c.drawString(NUM_X, H - 104, "Child Safeguarding Practice Review: Child M")
    c.setFont("Vera", 11)
    c.drawString(NUM_X, H - 124, "Brannock Moor Safeguarding Children Partnership \u2013 published report (FICTIONAL)")
    c.setFont("VeraIt", 9)
    c.drawString(NUM_X, H - 140, "Numbers in brackets in the margin are the paragraph numbers used in the action plan.")
    y = H - 176
    result, ends, texts, quoted = [], [], [], []
    n = 0
    for head, items in plan:
        if y - 3 * LEAD < BOTTOM:
            y = new_page()
        c.setFont("VeraBd", 12.5)
        c.drawString(NUM_X, y, head)
        drawn[-1].append(head)
        y -= 1.7 * LEAD
        for it in items:
            n += 1
            label = str(n)
            # runs: (font, x0, x1, text) blocks drawn one after another
            if isinstance(it, tuple):
                _, qi, t1, t2 = it
                sents = split_sentences(pm.make(t1 + t2))
                cut = max(2, len(sents) // 2)
                part1 = " ".join(sents[:cut]) + " " + LEADS[qi]
                part2 = FOLLOWS[qi] + " " + " ".join(sents[cut:])
                runs = [("Vera", TXT_X, TXT_R, part1), ("VeraIt", Q_X, Q_R, QUOTES[qi]), ("Vera", TXT_X, TXT_R, part2)]
                text = part1 + " " + QUOTES[qi] + " " + part2
                quoted.append(label)
            else:
                text = pm.make(it)
                runs = [("Vera", TXT_X, TXT_R, text)]
            texts.append(text)
            start = None
            for r, (font, x0, x1, chunk) in enumerate(runs):
                fs = 10 if font == "VeraIt" else FS
                m = qmeas if font == "VeraIt" else meas
                if r:
                    y -= 0.45 * LEAD
                for j, ln in enumerate(wrap(chunk, x1 - x0, m)):
                    if y < BOTTOM:
                        y = new_page()
                    c.setFont(font, fs)
                    c.drawString(x0, y, ln)
                    if start is None:
                        start = page[0]
                        c.setFont("Vera", FS)
                        c.drawString(NUM_X, y, "(%s)" % label)
                        drawn[-1].append("(%s) %s" % (label, ln))
                    else:
                        drawn[-1].append(ln)
                    y -= LEAD
                if r < len(runs) - 1:
                    y -= 0.45 * LEAD
            result.append(entry(label, start, text))
            ends.append(page[0])
            y -= 0.6 * LEAD
    c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if sum(d["page"] != e for d, e in zip(result, ends)) < 2:
        raise AssertionError("paren-quotes.pdf: fewer than two paragraphs cross a page")
    brk = lambda lab: "(%s)" % lab
    check_pdf_texts(path.name, ["\n".join(t) for t in drawn], result, ends, brk)
    check_pdf_texts(path.name, _pdf_crops(path, [[(0, 52, W, H - 52)]] * page[0]), result, ends, brk)
    return {
        "note": ("Single column. Paragraph numbers printed '(N)' hanging in the left margin (x=62, text at x=98) "
                 "on each paragraph's first line, 1-%d; the label is N. Unnumbered bold headings. Paragraphs %s "
                 "each contain a lead-in sentence ending in a colon, then an indented italic quotation block "
                 "(x=128-503, smaller type, space above and below), then the paragraph CONTINUES at the body "
                 "margin with a lower-case word: quotation and continuation belong to that paragraph, and its "
                 "ends_with is the continuation's last words. Running header, '- N -' page footer. Paragraphs "
                 "cross page breaks; page = page where the paragraph starts." % (n, ", ".join(quoted))),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. light-numbers.pdf
# --------------------------------------------------------------------------
def make_light_numbers(out, pm):
    _reg_fonts()
    path = out / "light-numbers.pdf"
    NUM_X, TXT_X, TXT_R = 60.0, 92.0, 530.0
    FS, NFS, LEAD, TOP, BOTTOM = 10.5, 7.0, 15.0, H - 84, 82.0
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", FS)
    plan = [("1", "Introduction", [95, 120, 85]),
            ("2", "Family background", [130, 110, 140, 100]),
            ("3", "Key practice episodes", [150, 120, 135, 105, 125]),
            ("4", "Findings", [140, 115, 130, 95]),
            ("5", "Recommendations", [100, 90])]
    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Rapid Review: Child T (FICTIONAL)")
    c.setAuthor("Oakhallow Safeguarding Children Partnership")
    page = [1]
    drawn = [[]]

    def furniture(pno):
        c.setFillGray(0.35)
        c.setFont("Vera", 8)
        c.drawString(NUM_X, H - 40, "Oakhallow Safeguarding Children Partnership  \u2022  " + FICT)
        c.drawRightString(TXT_R, 40, "%d" % pno)
        c.setFillGray(0)

    def new_page():
        c.showPage()
        page[0] += 1
        drawn.append([])
        furniture(page[0])
        return TOP

    furniture(1)
    c.setFillColorRGB(0.05, 0.25, 0.45)
    c.setFont("VeraBd", 20)
    c.drawString(NUM_X, H - 100, "Rapid Review: Child T")
    c.setFillGray(0)
    c.setFont("Vera", 11)
    c.drawString(NUM_X, H - 120, "Learning from a serious incident in Scarrow Bridge, 2023 (%s)" % FICT)
    y = H - 160
    result, ends, texts = [], [], []
    for num, head, lens in plan:
        if y - 4 * LEAD < BOTTOM:
            y = new_page()
        c.setFillColorRGB(0.05, 0.25, 0.45)
        c.setFont("VeraBd", 14)
        c.drawString(NUM_X, y, num)
        c.drawString(TXT_X, y, head)
        c.setFillGray(0)
        drawn[-1].append(num + " " + head)
        y -= 1.9 * LEAD
        for k, tw in enumerate(lens, 1):
            label = "%s.%d" % (num, k)
            text = pm.make(tw)
            texts.append(text)
            start = None
            for j, ln in enumerate(wrap(text, TXT_R - TXT_X, meas)):
                if y < BOTTOM:
                    y = new_page()
                if j == 0:
                    start = page[0]
                    c.setFillGray(0.6)
                    c.setFont("Vera", NFS)
                    c.drawString(NUM_X, y, label)
                    c.setFillGray(0)
                    drawn[-1].append(label + " " + ln)
                else:
                    drawn[-1].append(ln)
                c.setFont("Vera", FS)
                c.drawString(TXT_X, y, ln)
                y -= LEAD
            result.append(entry(label, start, text))
            ends.append(page[0])
            y -= 0.7 * LEAD
    c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if sum(d["page"] != e for d, e in zip(result, ends)) < 2:
        raise AssertionError("light-numbers.pdf: fewer than two paragraphs cross a page")
    check_pdf_texts(path.name, ["\n".join(t) for t in drawn], result, ends)
    check_pdf_texts(path.name, _pdf_crops(path, [[(0, 50, W, H - 50)]] * page[0]), result, ends)
    # the numbers really are small and pale, on the first line's baseline (matrix f = baseline)
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    firsts = [ch for ch in chars if ch["x0"] < TXT_X - 5 and ch["text"].isdigit() and ch["size"] < 8]
    if len(firsts) < 4 or any(ch["non_stroking_color"] not in ((0.6,), [0.6], 0.6) for ch in firsts):
        raise AssertionError("light-numbers.pdf: numbers not small and grey %r" % (firsts[:1],))
    for ch in firsts:
        same = [o for o in chars if o["x0"] > TXT_X - 1 and abs(o["matrix"][5] - ch["matrix"][5]) < 0.01]
        if not same or abs(same[0]["size"] - FS) > 0.1:
            raise AssertionError("light-numbers.pdf: number not on a body line's baseline")
    return {
        "note": ("Single column, 10.5pt black body text at x=92. Paragraph numbers '2.3' are printed in 7pt "
                 "pale grey (60%%) at x=60 on the SAME baseline as the first line of their paragraph (so "
                 "their tops sit lower than the text's). Numbered section headings '2  Family background' in "
                 "14pt bold blue (not paragraphs). Grey header with FICTIONAL label, bare page number at the "
                 "foot. %d paragraphs; several cross page breaks; page = page where the paragraph starts."
                 % len(result)),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. landscape-twocol.pdf
# --------------------------------------------------------------------------
def make_landscape(out, pm):
    _reg_fonts()
    path = out / "landscape-twocol.pdf"
    LW, LH = H, W  # landscape A4
    COLS = [(48.0, 404.0), (438.0, 794.0)]
    NUMW, FS, LEAD, TOP, BOTTOM = 26.0, 9.5, 12.5, LH - 92, 58.0
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", FS)
    plan = [("Introduction", [90, 110, 80]),
            ("Summary of events", [140, 120, 100, 130, 115]),
            ("Agency responses", [125, 95, 135, 110, 120, 105]),
            ("Themes and learning", [130, 100, 120, 90]),
            ("What needs to change", [95, 85])]
    c = rl_canvas.Canvas(str(path), pagesize=(LW, LH), invariant=1)
    c.setTitle("Learning Review: Sam (FICTIONAL)")
    c.setAuthor("Scarrow Bridge Community Safety Partnership")
    page = [1]
    drawn = [[[], []]]
    col = [0]

    def furniture(pno):
        c.setFillColorRGB(0.15, 0.3, 0.2)
        c.rect(0, LH - 34, LW, 34, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("VeraBd", 10)
        c.drawString(48, LH - 22, "Learning Review: Sam")
        c.setFont("Vera", 9)
        c.drawRightString(794, LH - 22, FICT)
        c.setFillGray(0)
        c.setFont("Vera", 8)
        c.drawString(48, 30, "Scarrow Bridge Community Safety Partnership")
        c.drawRightString(794, 30, "Page %d" % pno)

    def next_col():
        if col[0] == 0:
            col[0] = 1
        else:
            c.showPage()
            page[0] += 1
            drawn.append([[], []])
            furniture(page[0])
            col[0] = 0
        return TOP

    furniture(1)
    c.setFont("VeraBd", 19)
    c.drawString(48, LH - 66, "Learning Review: Sam \u2013 a young person exploited through county lines")
    y = TOP - 10
    result, ends, texts = [], [], []
    n = 0
    for head, lens in plan:
        if y - 4 * LEAD < BOTTOM:
            y = next_col()
        x0, x1 = COLS[col[0]]
        c.setFont("VeraBd", 11.5)
        c.drawString(x0, y, head)
        drawn[-1][col[0]].append(head)
        y -= 1.7 * LEAD
        for tw in lens:
            n += 1
            label = "%d." % n
            text = pm.make(tw)
            texts.append(text)
            start = None
            for j, ln in enumerate(wrap(text, COLS[0][1] - COLS[0][0] - NUMW, meas)):
                if y < BOTTOM:
                    y = next_col()
                x0, x1 = COLS[col[0]]
                c.setFont("Vera", FS)
                c.drawString(x0 + NUMW, y, ln)
                if j == 0:
                    start = page[0]
                    c.drawString(x0, y, label)
                    drawn[-1][col[0]].append(label + " " + ln)
                else:
                    drawn[-1][col[0]].append(ln)
                y -= LEAD
            result.append(entry(str(n), start, text))
            ends.append(page[0])
            y -= 0.6 * LEAD
    c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if sum(d["page"] != e for d, e in zip(result, ends)) < 1:
        raise AssertionError("landscape-twocol.pdf: no paragraph crosses a page")
    dot = lambda lab: lab + "."
    check_pdf_texts(path.name, ["\n".join(a + b) for a, b in drawn], result, ends, dot)
    regions = [[(COLS[0][0] - 4, 40, COLS[0][1] + 4, LH - 40), (COLS[1][0] - 4, 40, COLS[1][1] + 4, LH - 40)]]
    check_pdf_texts(path.name, _pdf_crops(path, regions * page[0]), result, ends, dot)
    return {
        "note": ("Landscape A4 (842x595) in two columns (x=48-404 and x=438-794, a 34pt gutter). Numbers 'N.' "
                 "hang at each column's left edge with the text 26pt in; the label is N (1-%d). Unnumbered bold "
                 "headings in the column flow; page 1 has a full-width title above the columns. A dark banner "
                 "header with the FICTIONAL label and a footer with 'Page N'. Paragraphs run from the left "
                 "column into the right and from one page to the next; page = page where the paragraph "
                 "starts." % n),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. toc-cover.docx
# --------------------------------------------------------------------------
def _run(p_el, text=None, el=None, bold=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    if el is not None:
        r.append(el)
    if text is not None:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    p_el.append(r)
    return r


def _fld(p_el, kind, instr=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    if instr is not None:
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        _run(p_el, el=it)
        return
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), kind)
    _run(p_el, el=f)


def _field(p_el, instr, result):
    _fld(p_el, "begin")
    _fld(p_el, None, instr)
    _fld(p_el, "separate")
    _run(p_el, result)
    _fld(p_el, "end")


def _tab(p_el):
    from docx.oxml import OxmlElement
    _run(p_el, el=OxmlElement("w:tab"))


def make_toc_docx(out, pm):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    path = out / "toc-cover.docx"
    doc = docx.Document()
    cp = doc.core_properties
    fixed = _dt.datetime(2024, 1, 1, 0, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    cp.author = "Fixture"
    cp.title = "Child Safeguarding Practice Review: Child R (FICTIONAL)"
    doc.styles["Normal"].font.size = Pt(11)
    for lvl, ind in (("1", 0), ("2", 0.6)):
        st = doc.styles.add_style("toc " + lvl, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Cm(ind)
        st.paragraph_format.space_after = Pt(4)
        st.paragraph_format.tab_stops.add_tab_stop(Cm(1.0 + ind))
        st.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.first_page_header.paragraphs[0].text = ""
    sec.first_page_footer.paragraphs[0].text = FICT
    sec.header.paragraphs[0].text = "Child Safeguarding Practice Review: Child R \u2013 " + FICT

    # plan: chapters (number, title, [(subheading or None, [para lengths]), ...]); "BR" = page break after
    plan = [("1", "Introduction", [(None, [100, 115, 90])]),
            ("2", "The child and the family", [("Child R", [130, 110]), ("The household", [120]), "BR",
                                               (None, [105, 140])]),
            ("3", "Agency involvement", [("Before the move", [125, 95, 135]), "BR",
                                         ("After the move", [110, 120, 100])]),
            ("4", "Analysis and findings", [(None, [140, 115]), "BR", ("Supervision", [125, 105, 95])]),
            ("5", "Recommendations", [(None, [90, 85])])]
    # first pass: the page of each heading (cover 1, contents 2, each chapter starts a new page)
    page, toc = 2, []
    for num, title, parts in plan:
        page += 1
        toc.append((1, num + ".", title, page, "_Toc%d00" % int(num)))
        for k, part in enumerate(parts):
            if part == "BR":
                page += 1
            elif part[0]:
                toc.append((2, None, part[0], page, "_Toc%d%02d" % (int(num), k + 1)))
    npages = page
    fp = sec.footer.paragraphs[0]
    fp.add_run("Hallamby Safeguarding Children Partnership \u2013 page ")
    _field(fp._p, " PAGE ", "2")
    fp.add_run(" of ")
    _field(fp._p, " NUMPAGES ", str(npages))

    # cover page
    for t, size, bold in (("", 11, False), ("", 11, False), (FICT, 12, True),
                          ("Child Safeguarding Practice Review", 26, True), ("Child R", 20, False),
                          ("", 11, False), ("Hallamby Safeguarding Children Partnership", 14, False),
                          ("Independent reviewer: Dr Imogen Faulds (an invented person)", 11, False),
                          ("Final report, approved for publication 12 March 2024", 11, False)):
        r = doc.add_paragraph().add_run(t)
        r.font.size, r.bold = Pt(size), bold
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # contents page: a TOC field with cached entries
    doc.add_paragraph("Contents", style="TOC Heading")
    for idx, (lvl, num, title, pg, bm) in enumerate(toc):
        p = doc.add_paragraph(style="toc %d" % lvl)
        if idx == 0:
            _fld(p._p, "begin")
            _fld(p._p, None, r' TOC \o "1-2" \h \z \u ')
            _fld(p._p, "separate")
        hl = OxmlElement("w:hyperlink")
        hl.set(qn("w:anchor"), bm)
        hl.set(qn("w:history"), "1")
        if num:
            _run(hl, num)
            _tab(hl)
        _run(hl, title)
        _tab(hl)
        _field(hl, " PAGEREF %s \\h " % bm, str(pg))
        p._p.append(hl)
    p = doc.add_paragraph()
    _fld(p._p, "end")
    doc.add_paragraph("Paragraph numbers (1.1, 1.2 ...) are those used in the partnership's action plan.")

    def bookmark(par, name, bid):
        bs = OxmlElement("w:bookmarkStart")
        bs.set(qn("w:id"), str(bid))
        bs.set(qn("w:name"), name)
        be = OxmlElement("w:bookmarkEnd")
        be.set(qn("w:id"), str(bid))
        par._p.insert(1, bs)
        par._p.append(be)

    page, bid = 2, 0
    result, texts = [], []
    for num, title, parts in plan:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        page += 1
        h = doc.add_heading(num + ".\t" + title, level=1)
        bid += 1
        bookmark(h, "_Toc%d00" % int(num), bid)
        k = 0
        for j, part in enumerate(parts):
            if part == "BR":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                page += 1
                continue
            sub, lens = part
            if sub:
                h2 = doc.add_heading(sub, level=2)
                bid += 1
                bookmark(h2, "_Toc%d%02d" % (int(num), j + 1), bid)
            for tw in lens:
                k += 1
                label = "%s.%d" % (num, k)
                text = pm.make(tw)
                texts.append(text)
                p = doc.add_paragraph()
                pf = p.paragraph_format
                pf.left_indent = Cm(1.25)
                pf.first_line_indent = Cm(-1.25)
                pf.tab_stops.add_tab_stop(Cm(1.25))
                pf.space_after = Pt(8)
                p.add_run(label + "\t" + text)
                result.append(entry(label, page, text))
    if page != npages:
        raise AssertionError("toc-cover.docx: page plan")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))

    # read back: visible text (w:t and w:tab in runs, field codes left out), page by explicit breaks
    d2 = docx.Document(str(path))
    W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    if d2.sections[0]._sectPr.find(W_NS + "titlePg") is None:
        raise AssertionError("toc-cover.docx: no different first page")
    page, found, toc_lines = 1, [], []
    for p in d2.paragraphs:
        if 'w:type="page"' in p._p.xml:
            page += 1
        vis = "".join(el.text if el.tag == W_NS + "t" else "\t" for el in p._p.iter(W_NS + "t", W_NS + "tab")
                      if el.getparent().tag == W_NS + "r")
        if p.style.name.startswith("toc "):
            toc_lines.append(vis)
        m = re.match(r"^(\d+\.\d+)\t(.*)$", vis)
        if m:
            found.append((m.group(1), page, m.group(2)))
    if [f[0] for f in found] != [d["label"] for d in result]:
        raise AssertionError("toc-cover.docx: labels differ")
    for (lab, pg, body), d in zip(found, result):
        b = norm(body)
        if pg != d["page"] or b[:len(norm(d["starts_with"]))] != norm(d["starts_with"]) \
                or b[-len(norm(d["ends_with"])):] != norm(d["ends_with"]):
            raise AssertionError("toc-cover.docx mismatch at " + lab)
    if toc_lines[0] != "1.\tIntroduction\t3" or len(toc_lines) != len(toc):
        raise AssertionError("toc-cover.docx: contents entries %r" % toc_lines[:2])
    return {
        "note": ("Word report: a cover page (title, partnership, invented reviewer, FICTIONAL label), an explicit "
                 "page break, a contents page holding a TOC field (begin / ' TOC \\o \"1-2\" \\h \\z \\u ' / "
                 "separate) whose cached entries are 'toc 1'/'toc 2' paragraphs with w:hyperlink anchors, typed "
                 "chapter numbers ('1.<tab>Introduction'), dot-leader tabs and PAGEREF fields showing page "
                 "numbers ('...<tab>3'): none of them is a paragraph. Headers and footers have a different "
                 "first page (titlePg; the cover has no header); the other footers have PAGE and NUMPAGES "
                 "fields. Chapters are Heading 1 '3.<tab>Agency involvement' with unnumbered Heading 2 "
                 "subheadings (not paragraphs). Paragraphs are typed '3.2<tab>text' on a hanging indent. Each "
                 "chapter starts after an explicit page break, with more breaks inside some chapters; page = "
                 "explicit breaks before the paragraph + 1 (cover is page 1, contents page 2)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. pdf2html.html
# --------------------------------------------------------------------------
def make_pdf2html(out, pm):
    from lxml import html as lh
    path = out / "pdf2html.html"
    PW, PH = 793.7, 1122.5  # px, A4 at 96 dpi
    NUM_L, TXT_L, TXT_R = 80.0, 128.0, 713.0
    FS_PX, LEAD, TOP, BOTTOM = 14.0, 20.0, 1000.0, 120.0  # bottom-based coordinates, as pdf2htmlEX writes
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", FS_PX) * 0.97
    _reg_fonts()
    plan = [("1", "Introduction", [95, 110, 85]),
            ("2", "Background", [130, 115, 105]),
            ("3", "The practitioners' view", [140, 120, 100, 125]),
            ("4", "Analysis", [135, 110, 130, 95, 120]),
            ("5", "Conclusions and recommendations", [100, 90, 80])]
    xs, ys = {}, {}

    def xcls(v):
        return xs.setdefault(round(v, 1), "x%x" % len(xs))

    def ycls(v):
        return ys.setdefault(round(v, 1), "y%x" % len(ys))

    pages = [[]]  # per page, line divs (html) and the text of each
    texts_by_page = [[]]

    def line(x, y, cls, html_text, plain):
        pages[-1].append('<div class="t m0 %s %s %s">%s</div>' % (xcls(x), cls, ycls(y), html_text))
        texts_by_page[-1].append(plain)

    def furniture(pno):
        line(NUM_L, PH - 50, "h1 ff1 fs0 fc1 sc0 ls0 ws0", _h.escape("Serious Case Review: Baby L \u2013 " + FICT),
             "Serious Case Review: Baby L \u2013 " + FICT)
        line(PW / 2 - 24, 48, "h1 ff1 fs0 fc1 sc0 ls0 ws0", "Page %d" % pno, "Page %d" % pno)

    def new_page():
        pages.append([])
        texts_by_page.append([])
        furniture(len(pages))
        return TOP

    furniture(1)
    line(NUM_L, PH - 110, "h4 ff2 fs3 fc0 sc0 ls0 ws0", "Serious Case Review: Baby L", "Serious Case Review: Baby L")
    line(NUM_L, PH - 140, "h2 ff1 fs1 fc0 sc0 ls0 ws0",
         _h.escape("Frayle Local Safeguarding Children Board \u2013 overview report (%s)" % FICT),
         "Frayle Local Safeguarding Children Board \u2013 overview report (%s)" % FICT)
    y = PH - 200
    result, ends, texts, outline = [], [], [], []
    for num, head, lens in plan:
        if y - 4 * LEAD < BOTTOM:
            y = new_page()
        outline.append((num, head, len(pages)))
        line(NUM_L, y, "h3 ff2 fs2 fc0 sc0 ls0 ws0",
             '%s<span class="_ _1"> </span>%s' % (num, _h.escape(head)), num + " " + head)
        y -= 1.8 * LEAD
        for k, tw in enumerate(lens, 1):
            label = "%s.%d" % (num, k)
            text = pm.make(tw)
            texts.append(text)
            start = None
            for j, ln in enumerate(wrap(text, TXT_R - TXT_L, meas)):
                if y < BOTTOM:
                    y = new_page()
                if j == 0:
                    start = len(pages)
                    line(NUM_L, y, "h2 ff1 fs1 fc0 sc0 ls0 ws1",
                         '%s<span class="_ _0"> </span>%s' % (label, _h.escape(ln)), label + " " + ln)
                else:
                    line(TXT_L, y, "h2 ff1 fs1 fc0 sc0 ls0 ws1", _h.escape(ln), ln)
                y -= LEAD
            result.append(entry(label, start, text))
            ends.append(len(pages))
            y -= 0.6 * LEAD
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if sum(d["page"] != e for d, e in zip(result, ends)) < 2:
        raise AssertionError("pdf2html.html: fewer than two paragraphs cross a page")
    css_x = "\n".join(".%s{left:%.1fpx;}" % (c_, v) for v, c_ in xs.items())
    css_y = "\n".join(".%s{bottom:%.1fpx;}" % (c_, v) for v, c_ in ys.items())
    body = []
    for i, divs in enumerate(pages, 1):
        body.append('<div id="pf%x" class="pf w0 h0" data-page-no="%x"><div class="pc pc%x w0 h0">'
                    '<img class="bi x0 y0 w1 h1" alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB'
                    'CAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="/>\n%s\n</div>'
                    '<div class="pi" data-data=\'{"ctm":[1.333333,0.000000,0.000000,1.333333,0.000000,0.000000]}\'>'
                    '</div></div>' % (i, i, i, "\n".join(divs)))
    outline_html = "\n".join('<li><a class="l" href="#pf%x" data-dest-detail=\'[%d,"XYZ",56,790,null]\'>%s %s</a>'
                             '</li>' % (pg, pg, n_, _h.escape(t_)) for n_, t_, pg in outline)
    doc = f"""<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
#sidebar{{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto;}}
#page-container{{position:absolute;top:0;left:0;margin:0;padding:0;border:0;}}
.pf{{position:relative;background-color:white;overflow:hidden;margin:0;border:0;}}
.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0% 0%;}}
.bi{{position:absolute;border:0;margin:0;user-select:none;}}
.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%;unicode-bidi:bidi-override;}}
._{{display:inline-block;color:transparent;z-index:-1;}}
._0{{margin-left:14.2px;}}
._1{{margin-left:22.6px;}}
.ff1{{font-family:ff1;line-height:0.928;}}
.ff2{{font-family:ff2;line-height:0.928;font-weight:bold;}}
.fs0{{font-size:10.7px;}}
.fs1{{font-size:{FS_PX}px;}}
.fs2{{font-size:17.3px;}}
.fs3{{font-size:26.7px;}}
.fc0{{color:rgb(0,0,0);}}
.fc1{{color:rgb(89,89,89);}}
.w0{{width:{PW}px;}}
.h0{{height:{PH}px;}}
{css_x}
{css_y}
</style>
<title>Serious Case Review: Baby L (FICTIONAL)</title>
</head>
<body>
<div id="sidebar">
<div id="outline">
<ul>
{outline_html}
</ul>
</div>
</div>
<div id="page-container">
{chr(10).join(body)}
</div>
<div class="loading-indicator">
</div>
</body>
</html>
"""
    path.write_text(doc, encoding="utf-8")

    # read back: each page's line divs in order; rebuild the paragraphs from them
    tree = lh.fromstring(path.read_bytes())
    pf = tree.xpath('//div[contains(concat(" ", @class, " "), " pf ")]')
    if len(pf) != len(pages):
        raise AssertionError("pdf2html.html: pages")
    read = ["\n".join(" ".join(d.text_content().split()) for d in p.xpath('.//div[starts-with(@class, "t ")]'))
            for p in pf]
    if read != ["\n".join(t) for t in texts_by_page]:
        raise AssertionError("pdf2html.html: read back differs")
    check_pdf_texts(path.name, read, result, ends)
    return {
        "note": ("HTML export of a PDF in pdf2htmlEX style: an outline sidebar of links ('1 Introduction'), "
                 "then one <div class=\"pf\" data-page-no=\"N\"> per page holding a background <img> and one "
                 "absolutely positioned <div class=\"t ...\"> per printed LINE (positions in CSS classes). A "
                 "paragraph's first line div holds its number, a spacing <span class=\"_ _0\"> </span> and the "
                 "text; its other lines are separate divs. Numbered section headings '3 The practitioners' view' "
                 "(not paragraphs), a running header line with the FICTIONAL label and a 'Page N' line in every "
                 "page. Pages are the pf pages (data-page-no, the 'Page N' footers): page = page where the "
                 "paragraph's first line is. Several paragraphs continue on the next page."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["paren-quotes.pdf"] = make_paren_quotes(out, pm)
    exp["light-numbers.pdf"] = make_light_numbers(out, pm)
    exp["landscape-twocol.pdf"] = make_landscape(out, pm)
    exp["toc-cover.docx"] = make_toc_docx(out, pm)
    exp["pdf2html.html"] = make_pdf2html(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
