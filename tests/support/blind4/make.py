"""Blind test documents (set 4) for Inquiry Lessons. ENTIRELY FICTIONAL – for software testing.

Usage: python make.py [OUT_DIR]   (default: blind4/out next to this file)
Writes subparas.pdf, colmargin.pdf, wordlists.docx, oldsite.html and expected.json,
then verifies the PDF parts of the key against pdfplumber text (raises on mismatch).
"""
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from text import SUBS, closing_sentence, first_sentence, mids, para

FONTDIR = Path(reportlab.__file__).parent / "fonts"
pdfmetrics.registerFont(TTFont("Vera", str(FONTDIR / "Vera.ttf")))
pdfmetrics.registerFont(TTFont("VeraBd", str(FONTDIR / "VeraBd.ttf")))
FICT = "FICTIONAL – for software testing. All people, places and agencies are invented."


def words_of(text):
    """Logical words (forced breaks removed, forced hyphenations joined)."""
    return [w.replace("|", "") for w in text.split() if w != "\\n"]


def key_entry(label, text, page):
    w = words_of(text)
    assert 60 <= len(w) <= 250, (label, len(w))
    return {"label": label, "page": page, "starts_with": " ".join(w[:8]), "ends_with": " ".join(w[-6:])}


def wrap(text, width, font="Vera", size=10):
    """Greedy wrap. Token '\\n' forces a line break; 'safe|guarding' forces a hyphenated break."""
    lines, cur = [], ""
    sw = lambda s: pdfmetrics.stringWidth(s, font, size)  # noqa: E731
    for tok in text.split():
        if tok == "\\n":
            lines.append(cur); cur = ""; continue
        if "|" in tok:
            a, b = tok.split("|")
            cand = (cur + " " + a + "-").strip()
            if sw(cand) > width:
                lines.append(cur); cand = a + "-"
            lines.append(cand); cur = b; continue
        cand = (cur + " " + tok).strip()
        if sw(cand) > width and cur:
            lines.append(cur); cur = tok
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- 1. subparas.pdf
def build_subparas(path, gi):
    W, _H = A4
    LX, TX, RX, TOP, BOT, LEAD = 72, 108, 523, 770, 80, 14
    sections = [("Section 2: Background and family context", ["2.1", "2.2", "2.3", "2.4"]),
                ("Section 3: Scope and methodology", ["3.1", "3.2", "3.3"]),
                ("Section 4: Agency involvement and analysis", ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"])]
    sub_iter = iter(range(len(SUBS)))

    def subs(n, last=False):
        out = [SUBS[next(sub_iter)] for _ in range(n)]
        if last:
            out[-1] = out[-1].rstrip(";") + "."
        return out

    specs = {}
    for sec, labels in sections:
        for lab in labels:
            i = gi(); blocks = []
            if lab == "2.2":
                blocks = [("t", para(i, 3, (1, "Staff had attended safe|guarding training within the previous year, and the records show that the training was up to date.")))]
            elif lab == "2.4":
                blocks = [("t", para(i, 2, (1, "The time spent with the children during the visit was recorded as \\n 3.5 hours in the health record, which appears to be an error.")))]
            elif lab == "3.2":
                blocks = [("t", first_sentence(i) + " The review examined three questions:"),
                          ("s1", "(a)", "whether agencies recognised the risk to Child Y from the adults in the household;"),
                          ("s1", "(b)", "whether information was shared promptly and acted upon; and"),
                          ("s1", "(c)", "whether the multi-agency plan was robust, specific and reviewed at the right intervals by the core group.")]
            elif lab == "4.2":
                a, b, c, _d = subs(4)
                blocks = [("t", first_sentence(i) + " " + mids(i, 1)[0] + " The panel identified the following missed opportunities:"),
                          ("s1", "(a)", a), ("s1", "(b)", b), ("s1", "(c)", c),
                          ("t", "Taken together, these points suggest that the safe|guarding system did not operate as intended. " + closing_sentence(i))]
            elif lab == "4.4":
                a, b, c = subs(3)
                r1, r2 = subs(2, last=True)
                blocks = [("t", first_sentence(i) + " The panel found in particular that:"),
                          ("s1", "(a)", a), ("s1", "(b)", b),
                          ("s1", "(c)", "in relation to the plan made at the first conference:"),
                          ("s2", "(i)", r1.rstrip(".") + ";"), ("s2", "(ii)", r2)]
            elif lab == "4.5":
                blocks = [("t", para(i, 3, (2, "The chronology of contacts from the school is set out in full elsewhere in this report; \\n see paragraph 2.3 above for the sequence of referrals and the responses received.")))]
            elif lab == "4.6":
                (a,) = subs(1)
                blocks = [("t", first_sentence(i) + " Two factors appear to explain this:"),
                          ("s1", "(i)", "the pressure on the duty team, which was carrying four vacancies at the time;"),
                          ("s1", "(ii)", a.rstrip(";") + ", which meant that nobody checked whether the arrange|ments agreed at conference were working in practice.")]
            else:
                blocks = [("t", para(i, 3 + (i % 3)))]
            specs[lab] = blocks

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("FICTIONAL Local Child Safeguarding Practice Review: Child Y (Harrowmere)")
    page, y = 1, TOP
    key = []

    def footer():
        c.setFont("Vera", 8); c.drawCentredString(W / 2, 40, f"Harrowmere Safeguarding Partnership – Child Y (FICTIONAL) – {page}")

    def newpage():
        nonlocal page, y
        footer(); c.showPage(); page += 1; y = TOP

    c.setFont("VeraBd", 9); c.drawString(LX, y, FICT); y -= 24
    c.setFont("VeraBd", 15); c.drawString(LX, y, "Local Child Safeguarding Practice Review: Child Y"); y -= 30
    for sec, labels in sections:
        if y - 60 < BOT:
            newpage()
        c.setFont("VeraBd", 12); c.drawString(LX, y, sec); y -= 24
        for lab in labels:
            lines = []  # (marker, marker_x, text_x, text)
            for b in specs[lab]:
                if b[0] == "t":
                    lines += [(None, 0, TX, l) for l in wrap(b[1], RX - TX)]
                else:
                    mx, tx = (TX + 14, TX + 38) if b[0] == "s1" else (TX + 38, TX + 62)
                    wl = wrap(b[2], RX - tx)
                    lines += [(b[1] if k == 0 else None, mx, tx, l) for k, l in enumerate(wl)]
            start = None
            for k, (mk, mx, tx, l) in enumerate(lines):
                if y < BOT:
                    newpage()
                if k == 0:
                    start = page
                    c.setFont("VeraBd", 10); c.drawString(LX, y, lab)
                c.setFont("Vera", 10)
                if mk:
                    c.drawString(mx, y, mk)
                c.drawString(tx, y, l)
                y -= LEAD
            y -= 8
            flat = " ".join((b[1] if b[0] == "t" else b[1] + " " + b[2]) for b in specs[lab])
            key.append(key_entry(lab, flat, start))
    footer(); c.save()
    return {"paragraphs": key, "notes": (
        "Single column, labels hanging at x=72, text at x=108. Headings 'Section N: ...' are not paragraphs. "
        "Sub-paragraphs (a)/(b)/(c) and (i)/(ii) start on their own indented lines and belong to the enclosing paragraph "
        "(4.4 ends inside sub-paragraph (ii) of (c); 3.2 ends in (c); 4.2 has unlabelled text after its (c)). "
        "Forced hyphenated breaks: 'safe-/guarding' in 2.2 and 4.2, 'arrange-/ments' in 4.6. "
        "4.5 has a wrapped line starting 'see paragraph 2.3 above'; 2.4 has a wrapped line starting '3.5 hours' (not a paragraph). "
        "Footer ends with the page number.")}


# ---------------------------------------------------------------- 2. colmargin.pdf
def build_colmargin(path, gi):
    W, _H = A4
    M, GUT, NUMW = 40, 22, 16
    COLW = (W - 2 * M - GUT) / 2
    TOP1, TOP, BOT, LEAD, FS = 700, 790, 70, 11.5, 9
    items = []  # ("h", text) or ("p", label, text)
    n = 0
    plan = [("Introduction", 4), ("The family and the period under review", 6), ("Analysis of practice", 8), ("Conclusion", 5)]
    for head, cnt in plan:
        items.append(("h", head))
        for _ in range(cnt):
            n += 1; i = gi()
            if n == 6:
                t = para(i, 3, (1, "Records show that the family moved home three times in eighteen months, and that \\n 3 children in the household were registered with different GP practices."))
            elif n == 11:
                t = para(i, 4, (2, "The strategy discussion was held on a Friday afternoon, and \\n 14 days passed before any of its actions were allocated."))
            else:
                t = para(i, 2 + (i % 4))
            items.append(("p", str(n), t))

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("FICTIONAL Safeguarding Adults Review: Mr Q (Oxley)")
    page, col, y = 1, 0, TOP1
    key = []

    def colx():
        return M + col * (COLW + GUT)

    def advance():
        nonlocal page, col, y
        if col == 0:
            col = 1; y = TOP1 if page == 1 else TOP
        else:
            c.setFont("Vera", 8); c.drawCentredString(W / 2, 35, f"Page {page}")
            c.showPage(); page += 1; col = 0; y = TOP

    c.setFont("VeraBd", 9); c.drawString(M, 800, FICT)
    c.setFont("VeraBd", 16); c.drawString(M, 770, "Safeguarding Adults Review: Mr Q")
    c.setFont("Vera", 10); c.drawString(M, 750, "Oxley Safeguarding Adults Board – overview report (fictional)")
    c.line(M, 735, W - M, 735)
    for it in items:
        if it[0] == "h":
            if y - 40 < BOT:
                advance()
            y -= 4; c.setFont("VeraBd", 10); c.drawString(colx() + NUMW, y, it[1]); y -= 18
            continue
        _, lab, t = it
        lines = wrap(t, COLW - NUMW, "Vera", FS)
        for k, l in enumerate(lines):
            if y < BOT:
                advance()
            if k == 0:
                start = page
                c.setFont("VeraBd", FS); c.drawString(colx(), y, lab)
            c.setFont("Vera", FS); c.drawString(colx() + NUMW, y, l)
            y -= LEAD
        y -= 6
        key.append(key_entry(lab, t, start))
    c.setFont("Vera", 8); c.drawCentredString(W / 2, 35, f"Page {page}")
    c.save()
    return {"paragraphs": key, "notes": (
        "Two columns; paragraph numbers '1'..'N' (no full stop) hang in a 16pt margin at each column's left edge; "
        "numbering runs through the whole document across unnumbered bold headings. Paragraphs flow from the foot of "
        "the left column to the top of the right column and on to the next page; page = page where the number is printed. "
        "Traps: wrapped text lines beginning '3 children' (in 6) and '14 days' (in 11) are not paragraph numbers; "
        "footer 'Page N' is not content.")}


# ---------------------------------------------------------------- 3. wordlists.docx
NUMBERING_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ReviewHeading"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ReviewPara"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1418" w:hanging="425"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="RecPara"/><w:lvlText w:val="R%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="10"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="20"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="30"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>"""


def build_docx(path, gi):
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()

    def numstyle(name, numid, ilvl, base):
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles[base]
        st.element.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>'))
        return st

    numstyle("ReviewHeading", 10, 0, "Heading 1")
    numstyle("ReviewPara", 10, 1, "Normal")
    numstyle("RecPara", 30, 0, "Normal")

    def listitem(text):
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="20"/></w:numPr>'))
        return p

    doc.add_paragraph(FICT)
    doc.add_paragraph("Child Practice Review: Child Z (Linthorpe Safeguarding Children Partnership)", style="Title")
    key = []
    layout = {1: ["Purpose of the review", 3], 2: ["Summary of events", 4], 3: ["Agency contact", 4]}
    for s, (head, cnt) in layout.items():
        doc.add_paragraph(head, style="ReviewHeading")
        for k in range(1, cnt + 1):
            lab = f"{s}.{k}"; i = gi()
            if lab == "2.3":
                intro = first_sentence(i) + " " + mids(i, 2)[0] + " " + mids(i, 2)[1] + " The panel agreed three points of learning from this episode:"
                items = ["Professionals should ask who else lives in the household at every visit.",
                         "Referrals about the same address should be read alongside one another.",
                         "Managers should check that a plan has an owner before a case is transferred."]
                doc.add_paragraph(intro, style="ReviewPara")
                for it in items:
                    listitem(it)
                key.append(key_entry(lab, intro + " " + " ".join(items), None))
                continue
            if lab == "3.3":
                tbl = doc.add_table(rows=4, cols=3)
                tbl.style = "Table Grid"
                for r, row in enumerate([("Agency", "Contacts", "Last contact"), ("Linthorpe GP practice", "7", "12 March 2021"),
                                         ("Eastbrook Primary School", "23", "2 April 2021"), ("Caldmoor Police", "2", "30 March 2021")]):
                    for cc, v in enumerate(row):
                        tbl.cell(r, cc).text = v
                doc.add_paragraph("Table 1: Contacts by agency during the period under review (fictional data)")
            t = para(i, 2 + (i % 3))
            doc.add_paragraph(t, style="ReviewPara")
            key.append(key_entry(lab, t, None))
    doc.add_paragraph("Recommendations", style="Heading 1")
    doc.add_paragraph("The partnership is asked to accept the following recommendations, which are unnumbered in the body text above.")
    for r in range(1, 4):
        i = gi(); t = para(i, 2 + (i % 2))
        doc.add_paragraph(t, style="RecPara")
        key.append(key_entry(f"R{r}", t, None))
    doc.save(str(path))
    # replace the template's numbering part with our own
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/numbering.xml":
                data = NUMBERING_XML.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)
    return {"paragraphs": key, "notes": (
        "No paragraph number is typed in the text: all labels come from numbering.xml. Headings use style "
        "ReviewHeading (numId 10 level 0, '%1') and are NOT paragraphs; body paragraphs use ReviewPara "
        "(numId 10 level 1, '%1.%2'), numbering via style only (no numPr on the paragraph). 2.3 is followed by a "
        "separate list (numId 20, abstractNum 2, '%1.') of three items, which belong to 2.3 (ends_with from item 3). "
        "In section 3 a table and its caption sit between 3.2 and 3.3; numbering continues. Recommendations use "
        "style RecPara (numId 30, 'R%1') under an unnumbered Heading 1; the intro sentence there is not a paragraph. "
        "First line of document states it is fictional.")}


# ---------------------------------------------------------------- 4. oldsite.html
def build_html(path, gi):
    key = []
    secs = [("2", "Background", 4), ("3", "What happened", 4), ("4", "Lessons for the partnership", 3)]
    split_at = {"2.2", "3.1", "3.4", "4.3"}
    body = []
    for s, head, cnt in secs:
        body.append(f'<a name="s{s}"></a><h2><font face="Arial" color="#003366">{s}. {head}</font></h2>')
        for k in range(1, cnt + 1):
            lab = f"{s}.{k}"; i = gi()
            t = para(i, 3 + (i % 2))
            if lab in split_at:
                sents = re.split(r"(?<=\.) ", t)
                cut = 2
                p1, p2 = " ".join(sents[:cut]), " ".join(sents[cut:])
                body.append(f'<p><font face="Arial" size="2"><b>{lab}</b>&nbsp;{p1}</font></p>')
                body.append(f'<p><font face="Arial" size="2">{p2}</font></p>')
            else:
                body.append(f'<p><font face="Arial" size="2"><b>{lab}</b>&nbsp;{t}</font></p>')
            key.append(key_entry(lab, t, None))
        body.append('<p align="right"><font size="1"><a href="#top">Back to top</a></font></p>')
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Fenwold District Council - Serious Case Review Child Y (FICTIONAL)</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0"><a name="top"></a>
<!-- FICTIONAL - for software testing -->
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><font face="Arial" color="#FFFFFF" size="4"><b>Fenwold District Council</b></font><br>
<font face="Arial" color="#FFFFFF" size="1">FICTIONAL &ndash; for software testing. Fenwold is an invented place.</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6ECF2">
 <table width="100%" border="0" cellpadding="4">
 <tr><td><font face="Arial" size="2"><a href="index.htm">Home</a></font></td></tr>
 <tr><td><font face="Arial" size="2"><a href="#s2">2. Background</a></font></td></tr>
 <tr><td><font face="Arial" size="2"><a href="#s3">3. What happened</a></font></td></tr>
 <tr><td><font face="Arial" size="2"><a href="#s4">4. Lessons</a></font></td></tr>
 <tr><td><font face="Arial" size="1">Last updated 14/06/2009</font></td></tr>
 </table></td>
<td width="600" valign="top">
 <table width="100%" border="0" cellpadding="8"><tr><td>
 <font face="Arial" size="3"><b>Serious Case Review: Child Y &ndash; Executive Summary</b></font>
 <p><font face="Arial" size="2"><i>FICTIONAL &ndash; for software testing. All people, places and agencies are invented.</i></font></p>
{chr(10).join(body)}
 </td></tr></table>
</td></tr>
<tr><td colspan="2" align="center"><font face="Arial" size="1">&copy; 2009 Fenwold District Council (fictional) | <a href="#top">Back to top</a></font></td></tr>
</table></body></html>
"""
    path.write_text(html, encoding="iso-8859-1")
    return {"paragraphs": key, "notes": (
        "Whole page in nested tables (nav cell with links '2. Background' etc. is NOT content). Paragraphs are "
        "<p><b>N.N</b>&nbsp;text</p> inside <font>. 2.2, 3.1, 3.4 and 4.3 are split: the next unnumbered <p> "
        "continues the paragraph (ends_with comes from it). Section headings '<h2>2. Background</h2>' are not paragraphs; "
        "'Back to top' links are not content. File is iso-8859-1 encoded.")}


# ---------------------------------------------------------------- verification
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def dehyph(s):
    return re.sub(r"-\n(?=[a-z])", "", s)


def verify_pdf(path, entry, columns=False):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        pages = []
        for p in pdf.pages:
            body = p.crop((0, 0, p.width, p.height - 50))  # drop footer
            if columns:
                mid = p.width / 2
                txt = body.crop((0, 0, mid, body.height)).extract_text() + "\n" + body.crop((mid, 0, p.width, body.height)).extract_text()
            else:
                txt = body.extract_text()
            pages.append(norm(dehyph(txt)))
    assert 3 <= len(pages) <= 6, f"{path.name}: {len(pages)} pages"
    whole, offs = "", []
    for t in pages:
        offs.append(len(whole)); whole += t + " "
    for para_ in entry["paragraphs"]:
        head = f"{para_['label']} {para_['starts_with']}"
        hits = [m.start() for m in re.finditer(re.escape(head), whole)]
        pg = [max(n for n, o in enumerate(offs) if o <= h) + 1 for h in hits]
        if pg != [para_["page"]]:
            raise AssertionError(f"{path.name} {para_['label']}: start found on pages {pg}, key says {para_['page']}")
        if whole.count(para_["ends_with"]) != 1:
            raise AssertionError(f"{path.name} {para_['label']}: ends_with found {whole.count(para_['ends_with'])} times")
    # unique starts/ends
    for f in ("starts_with", "ends_with"):
        vals = [p[f] for p in entry["paragraphs"]]
        assert len(vals) == len(set(vals)), f"{path.name}: duplicate {f}"
    return len(pages)


def verify_docx(path, entry):
    from docx import Document
    d = Document(str(path))
    text = norm(" ".join(p.text for p in d.paragraphs))
    for p in entry["paragraphs"]:
        assert p["starts_with"] in text and text.count(p["ends_with"]) == 1, p["label"]
    with zipfile.ZipFile(path) as z:
        assert b'w:val="R%1"' in z.read("word/numbering.xml")


def verify_html(path, entry):
    raw = path.read_text(encoding="iso-8859-1")
    text = norm(re.sub(r"<[^>]+>", " ", raw.replace("&nbsp;", " ")))
    for p in entry["paragraphs"]:
        assert f"{p['label']} {p['starts_with']}" in text, p["label"]
        assert text.count(p["ends_with"]) == 1, p["label"]


def main(out: Path):
    out = Path(out); out.mkdir(parents=True, exist_ok=True)
    counter = iter(range(10_000))
    gi = lambda: next(counter)  # noqa: E731  global paragraph index -> unique sentences across files
    key = {}
    key["subparas.pdf"] = build_subparas(out / "subparas.pdf", gi)
    key["colmargin.pdf"] = build_colmargin(out / "colmargin.pdf", gi)
    key["wordlists.docx"] = build_docx(out / "wordlists.docx", gi)
    key["oldsite.html"] = build_html(out / "oldsite.html", gi)
    npg1 = verify_pdf(out / "subparas.pdf", key["subparas.pdf"])
    npg2 = verify_pdf(out / "colmargin.pdf", key["colmargin.pdf"], columns=True)
    verify_docx(out / "wordlists.docx", key["wordlists.docx"])
    verify_html(out / "oldsite.html", key["oldsite.html"])
    key["_about"] = ("ENTIRELY FICTIONAL – for software testing. page = 1-based physical page where the paragraph's "
                     "printed number appears (null for DOCX/HTML). starts_with = first 8 words after the number; "
                     "ends_with = last 6 words of the paragraph including sub-paragraphs/list items/continuations. "
                     "Hyphenated line-end breaks are joined in the key.")
    (out / "expected.json").write_text(json.dumps(key, indent=1, ensure_ascii=False), encoding="utf-8")
    for f, v in key.items():
        if f != "_about":
            print(f, len(v["paragraphs"]), "paragraphs")
    print("pages:", npg1, npg2, "- verified OK")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "out")
