"""Blind fixture generator 13: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir]

ligatures.pdf     justified text set with "ﬁ"/"ﬂ" ligature glyphs (U+FB01, U+FB02 in the text layer), curly
                  quotes, words hyphenated at line ends ("assess-" / "ment"), and a chapter numbered 4.1 ... 4.12
                  (4.10 comes after 4.9: numeric, not lexical, order)
es-summary.pdf    an executive summary numbered "ES1" ... "ES8" before the main report "1.1" ...; a large
                  faint "PUBLISHED VERSION" stamp across the middle of every page (behind the text) and a
                  two-line confidentiality footer repeated on every page
footnotes.docx    Word automatic numbering: chapter headings "%1." and paragraphs "Paragraph %1.%2" (the
                  printed label "Paragraph 2.3" is cited as 2.3); footnote references and external hyperlinks
                  in mid-sentence, some hyperlinks among a paragraph's first or last words; a footnotes part
pasted-runs.docx  a document edited many times in Word: every word split into 2-3 runs with different rsid
                  attributes, proofing marks, a _GoBack bookmark, typed "3.4<tab>" numbers themselves split
                  across runs, and text pasted from a PDF with a soft line break (<w:br/>) ending every line
cms-strong.html   a council CMS page: each paragraph a <p> starting <strong>12.</strong>, some paragraphs
                  split into two <p> (the second unnumbered, still the same paragraph), an unnumbered lead-in
                  under one heading, and a "Related documents" block and feedback form after the report
"""
import html as _h
import io
import json
import os
import pathlib
import random
import re
import sys
import unicodedata
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


def wrap(text, width, measure):
    lines, cur = [], ""
    for w in text.split():
        cand = w if not cur else cur + " " + w
        if measure(cand) <= width or not cur:
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


def check_pdf_texts(name, texts, paras, ends):
    """texts: per page, the page's text in reading order (normalised)."""
    for d, endp in zip(paras, ends):
        shown = d["label"]
        t_start = texts[d["page"] - 1]
        if not re.search(r"(?<![\w.])" + re.escape(shown) + r"(?![\d.]*\d)", t_start):
            raise AssertionError(f"{name}: label {shown} not on page {d['page']}")
        if not contains_seq(norm(t_start), norm(shown + " " + d["starts_with"])):
            raise AssertionError(f"{name}: starts_with of {d['label']} not on page {d['page']}")
        if not contains_seq(norm("\n".join(texts[max(d["page"], endp - 1) - 1:endp])), norm(d["ends_with"])):
            raise AssertionError(f"{name}: ends_with of {d['label']} not on page {endp}")


def _fix_zip(data: bytes, extra=None, patch=None) -> bytes:
    """Fixed timestamps; extra: {name: bytes} added; patch: {name: fn(bytes) -> bytes}."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        items = [(i.filename, src.read(i.filename)) for i in src.infolist()] + sorted((extra or {}).items())
        for name, blob in items:
            if patch and name in patch:
                blob = patch[name](blob)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


# --------------------------------------------------------------------------
# 1. ligatures.pdf
# --------------------------------------------------------------------------
def ligate(s):
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02")


def wrap_hyph(text, width, measure):
    """Greedy lines of words; a plain lowercase word that does not fit is split with a hyphen if a piece of
    three or more letters fits. Returns lines as lists of tokens and the set of word indices split."""
    words = text.split()
    lines, cur, split = [], [], set()
    for wi, w in enumerate(words):
        cand = cur + [w]
        if measure(" ".join(cand)) <= width or not cur:
            cur = cand
            continue
        m = re.fullmatch(r"([a-z]+)([.,;:]?)", w)
        done = False
        if m and len(m.group(1)) >= 7:
            core = m.group(1)
            for cut in range(len(core) - 3, 2, -1):
                a_, b_ = core[cut - 1], core[cut]
                if not ((a_ in "aeiou" and b_ not in "aeiouy") or
                        (a_ not in "aeiou" and b_ not in "aeiouy" and a_ != b_ and core[cut - 2] in "aeiou")):
                    continue  # a rough syllable boundary: "de-cisions", "work-ers" is not attempted
                head = core[:cut] + "-"
                if measure(" ".join(cur + [head])) <= width:
                    lines.append(cur + [head])
                    cur = [core[cut:] + m.group(2)]
                    split.add(wi)
                    done = True
                    break
        if not done:
            lines.append(cur)
            cur = [w]
    if cur:
        lines.append(cur)
    return lines, split


def make_ligatures(out, pm):
    _reg_fonts()
    path = out / "ligatures.pdf"
    NUM_X, TXT_X, TXT_R = 72.0, 112.0, 523.0
    FS, LEAD, TOP, BOTTOM = 10.5, 14.6, H - 92, 80.0
    WIDTH = TXT_R - TXT_X
    meas = lambda s: pdfmetrics.stringWidth(ligate(s), "Vera", FS)
    plan = [("1", "Introduction", [95, 110, 90]),
            ("2", "The family", [120, 105, 115]),
            ("3", "Summary of agency involvement", [130, 110, 125, 100]),
            ("4", "Analysis of practice", [115, 95, 125, 105, 90, 120, 100, 110, 95, 130, 105, 115]),
            ("5", "Conclusion", [100, 85])]
    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Local Child Safeguarding Practice Review: Child T (FICTIONAL)")
    page = [1]

    def furniture(pno):
        c.setFont("Vera", 8)
        c.setFillGray(0.3)
        c.drawString(NUM_X, H - 44, ligate("Local Child Safeguarding Practice Review \u2013 Child T \u2013 final"))
        c.drawRightString(TXT_R, H - 44, FICT)
        c.drawCentredString(W / 2, 46, str(pno))
        c.setFillGray(0)

    def new_page():
        c.showPage()
        page[0] += 1
        furniture(page[0])
        return TOP

    furniture(1)
    c.setFont("VeraBd", 19)
    c.drawString(NUM_X, H - 118, "Child T: a review of multi-agency practice")
    c.setFont("Vera", 11)
    c.drawString(NUM_X, H - 140, ligate("Fellbrook Safeguarding Children Partnership \u2013 %s" % FICT))
    y = H - 182
    result, ends, texts, hyph_keys, lig_keys = [], [], [], 0, 0
    for num, head, lens in plan:
        if y - 4 * LEAD < BOTTOM:
            y = new_page()
        c.setFont("VeraBd", 12.5)
        c.drawString(NUM_X, y, num)
        c.drawString(TXT_X, y, ligate(head))
        y -= 1.9 * LEAD
        for k, tw in enumerate(lens, 1):
            label = "%s.%d" % (num, k)
            text = pm.make(tw)
            texts.append(text)
            lines, split = wrap_hyph(text, WIDTH, meas)
            nw = len(text.split())
            if any(i < 8 or i >= nw - 6 for i in split):
                hyph_keys += 1
            s_, e_ = key_words(text)
            if re.search("fi|fl", s_ + " " + e_):
                lig_keys += 1
            start = None
            for j, toks in enumerate(lines):
                if y < BOTTOM:
                    y = new_page()
                if j == 0:
                    start = page[0]
                    c.setFont("Vera", FS)
                    c.drawString(NUM_X, y, label)
                c.setFont("Vera", FS)
                shown = [ligate(t) for t in toks]
                wid = [pdfmetrics.stringWidth(t, "Vera", FS) for t in shown]
                last = j == len(lines) - 1
                gap = pdfmetrics.stringWidth(" ", "Vera", FS)
                if not last and len(shown) > 1:
                    gap = (WIDTH - sum(wid)) / (len(shown) - 1)
                x = TXT_X
                for t, wd in zip(shown, wid):
                    c.drawString(x, y, t)
                    x += wd + gap
                y -= LEAD
            result.append(entry(label, start, text))
            ends.append(page[0])
            y -= 0.55 * LEAD
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if hyph_keys < 2 or lig_keys < 4:
        raise AssertionError(f"ligatures.pdf: {hyph_keys} hyphenated and {lig_keys} ligature key windows")
    if sum(d["page"] != e for d, e in zip(result, ends)) < 2:
        raise AssertionError("ligatures.pdf: fewer than two paragraphs cross a page")

    import pdfplumber
    raw, texts_read = [], []
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != page[0]:
            raise AssertionError("ligatures.pdf: pages")
        for p in pdf.pages:
            crop = p.crop((0, 60, W, H - 60))
            raw.append("".join(ch["text"] for ch in crop.chars))
            t = crop.extract_text(expand_ligatures=False) or ""
            raw[-1] += "\n" + t
            t = unicodedata.normalize("NFKC", t)
            t = re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)
            texts_read.append(t)
    allraw = "\n".join(raw)
    if "\ufb01" not in allraw or "\ufb02" not in allraw or "\u201c" not in allraw or "\u2019" not in allraw:
        raise AssertionError("ligatures.pdf: ligatures or curly quotes not in the text layer")
    if len(re.findall(r"[a-z]-\n[a-z]", allraw)) < 10:
        raise AssertionError("ligatures.pdf: too few hyphenated line ends")
    check_pdf_texts(path.name, texts_read, result, ends)
    labels = [d["label"] for d in result]
    if labels[labels.index("4.9") + 1] != "4.10" or "4.12" not in labels:
        raise AssertionError("ligatures.pdf: chapter 4 numbering")
    return {
        "note": ("Justified single-column PDF, numbers hanging in the left margin ('4.10'). The text layer uses "
                 "ligature glyphs U+FB01 'ﬁ' and U+FB02 'ﬂ' for every 'fi'/'fl' (the key spells them 'fi', 'fl'), "
                 "typographic quotes and apostrophes, and words hyphenated across line ends with a plain '-' "
                 "(the key joins them: 'assessment', not 'assess- ment'); no hyphenated compound is broken at "
                 "a line end. Each word is drawn separately (justification). Chapter 4 has paragraphs 4.1 to "
                 "4.12: 4.10 follows 4.9. Bold numbered chapter headings ('4 Analysis of practice') are not "
                 "paragraphs; running header with the FICTIONAL label and a bare page number at the foot."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. es-summary.pdf
# --------------------------------------------------------------------------
def make_es_summary(out, pm):
    _reg_fonts()
    path = out / "es-summary.pdf"
    NUM_X, TXT_X, TXT_R = 64.0, 104.0, 531.0
    FS, LEAD, TOP, BOTTOM = 10.5, 15.0, H - 80, 96.0
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", FS)
    es_lens = [105, 90, 120, 100, 115, 95, 110, 85]
    plan = [("1", "Introduction", [100, 90, 110]),
            ("2", "Background to the review", [125, 105, 115, 95]),
            ("3", "Key practice episodes", [130, 110, 120, 100, 115]),
            ("4", "Findings", [120, 105, 110, 95]),
            ("5", "Recommendations", [95, 90])]
    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Child Safeguarding Practice Review: Sibling Group K (FICTIONAL)")
    page = [1]
    pages_total = 6

    def furniture(pno):
        c.saveState()
        c.setFont("VeraBd", 46)
        c.setFillGray(0.88)
        c.drawCentredString(W / 2, H / 2 - 16, "PUBLISHED VERSION")
        c.restoreState()
        c.setFont("Vera", 7.5)
        c.setFillGray(0.25)
        c.setLineWidth(0.4)
        c.line(NUM_X, 70, TXT_R, 70)
        c.drawString(NUM_X, 60, "CONFIDENTIAL UNTIL PUBLICATION \u2013 not to be copied or shared outside the "
                                "Partnership without the consent of the Independent Scrutineer.")
        c.drawString(NUM_X, 50, "Saltmarsh End Safeguarding Children Partnership \u2013 CSPR Sibling Group K "
                                "\u2013 " + FICT)
        c.drawRightString(TXT_R, 50, "Page %d of %d" % (pno, pages_total))
        c.setFillGray(0)

    def new_page():
        c.showPage()
        page[0] += 1
        furniture(page[0])
        return TOP

    def para(label, text, y):
        start = None
        for j, ln in enumerate(wrap(text, TXT_R - TXT_X, meas)):
            if y < BOTTOM:
                y = new_page()
            c.setFont("Vera", FS)
            if j == 0:
                start = page[0]
                c.drawString(NUM_X, y, label)
            c.drawString(TXT_X, y, ln)
            y -= LEAD
        return y - 0.6 * LEAD, start

    furniture(1)
    c.setFont("VeraBd", 20)
    c.drawString(NUM_X, H - 100, "Child Safeguarding Practice Review")
    c.setFont("Vera", 15)
    c.drawString(NUM_X, H - 124, "Sibling Group K")
    c.setFont("Vera", 10)
    c.drawString(NUM_X, H - 144, "Saltmarsh End Safeguarding Children Partnership \u2013 published March 2024 "
                                 "\u2013 " + FICT)
    y = H - 188
    c.setFont("VeraBd", 14)
    c.drawString(NUM_X, y, "Executive summary")
    y -= 2 * LEAD
    result, ends, texts = [], [], []
    for k, tw in enumerate(es_lens, 1):
        label = "ES%d" % k
        text = pm.make(tw)
        texts.append(text)
        y, start = para(label, text, y)
        result.append(entry(label, start, text))
        ends.append(page[0])
    y = new_page()
    c.setFont("VeraBd", 16)
    c.drawString(NUM_X, y, "Main report")
    y -= 2.2 * LEAD
    for num, head, lens in plan:
        if y - 4 * LEAD < BOTTOM:
            y = new_page()
        c.setFont("VeraBd", 12.5)
        c.drawString(NUM_X, y, num)
        c.drawString(TXT_X, y, head)
        y -= 1.9 * LEAD
        for k, tw in enumerate(lens, 1):
            label = "%s.%d" % (num, k)
            text = pm.make(tw)
            texts.append(text)
            y, start = para(label, text, y)
            result.append(entry(label, start, text))
            ends.append(page[0])
    c.save()
    if page[0] != pages_total:
        raise AssertionError("es-summary.pdf: %d pages, footer says %d" % (page[0], pages_total))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if sum(d["page"] != e for d, e in zip(result, ends)) < 2:
        raise AssertionError("es-summary.pdf: fewer than two paragraphs cross a page")

    import pdfplumber
    read = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            stamp = "".join(ch["text"] for ch in p.chars if ch["size"] > 30)
            if stamp.replace(" ", "") != "PUBLISHEDVERSION":
                raise AssertionError("es-summary.pdf: stamp %r" % stamp)
            body = p.filter(lambda o: o.get("object_type") != "char" or o["size"] < 30)
            read.append(body.crop((0, 40, W, H - 76)).extract_text() or "")
            foot = p.crop((0, H - 76, W, H)).extract_text()
            if foot.count("\n") != 1 or "CONFIDENTIAL UNTIL PUBLICATION" not in foot:
                raise AssertionError("es-summary.pdf: footer %r" % foot)
    check_pdf_texts(path.name, read, result, ends)
    if [d["label"] for d in result][:9] != ["ES%d" % i for i in range(1, 9)] + ["1.1"]:
        raise AssertionError("es-summary.pdf: labels")
    return {
        "note": ("PDF with numbers hanging in the left margin. An executive summary numbered ES1 ... ES8 (labels "
                 "as printed) runs from page 1 to page %d, then the main report starts on a new page ('Main "
                 "report', chapter headings '1 Introduction') with paragraphs 1.1 ... 5.2. Every page has a "
                 "large pale grey 'PUBLISHED VERSION' (46 pt bold) across its middle, drawn before and under "
                 "the text, and a two-line footer: 'CONFIDENTIAL UNTIL PUBLICATION ...' and the partnership, "
                 "review name, FICTIONAL label and 'Page N of %d'. None of these is paragraph text.")
                % (ends[7], pages_total),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. footnotes.docx
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WQ = "{%s}" % W_NS

FOOTNOTES = [
    "Fellbrook Safeguarding Children Partnership, Resolving Professional Disagreements (revised 2022), section 4.",
    "The chronology was compiled from the records of eleven agencies between May and July 2023.",
    "Harrowgate Lane Housing has since introduced a flag on tenancy files for families with a child protection plan.",
    "The reviewer met the practitioners as a group on two occasions and individually where they asked for it.",
    "See the Partnership\u2019s neglect practice guidance (2021), which describes the graded care profile.",
    "Figures supplied by the Partnership\u2019s business unit for the year to March 2023.",
    "The school\u2019s attendance policy was rewritten in September 2022 and is not the version quoted here.",
    "The father was invited to contribute to the review but did not reply to the letters sent to him.",
]
LINKS = ["https://www.example.org/fellbrook/escalation-policy", "https://www.example.org/fellbrook/neglect-toolkit",
         "https://www.example.org/fellbrook/threshold-document", "https://www.example.org/fellbrook/learning-briefings"]


def _footnotes_xml(notes):
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s" xmlns:r="%s">'
             % (W_NS, R_NS),
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate(notes, 1):
        parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                     '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
                     ' %s</w:t></w:r></w:p></w:footnote>' % (i, _h.escape(t, quote=False)))
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def make_footnotes_docx(out, pm):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.shared import Pt
    path = out / "footnotes.docx"
    doc = docx.Document()
    doc.core_properties.title = "Child Safeguarding Practice Review: Child D (FICTIONAL)"
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    num_el = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Paragraph %%1.%%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1985" w:hanging="1985"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>' % W_NS)
    first_num = num_el.find(WQ + "num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        num_el.append(abstract)
    num_el.append(parse_xml('<w:num xmlns:w="%s" w:numId="77"><w:abstractNumId w:val="77"/></w:num>' % W_NS))

    def numbered(p, ilvl):
        pPr = p._p.get_or_add_pPr()
        pPr.insert(0, parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="77"/></w:numPr>'
                                % (W_NS, ilvl)))

    def run_xml(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % _h.escape(t, quote=False)

    for t, size, bold in ((FICT, 12, True), ("Child Safeguarding Practice Review: Child D", 24, True),
                          ("Whitlow Cross Safeguarding Children Partnership", 14, False),
                          ("Independent author: Marian Oakes-Tull (an invented person)", 11, False)):
        r = doc.add_paragraph().add_run(t)
        r.font.size, r.bold = Pt(size), bold
    doc.add_paragraph("Footnotes give sources; links lead to the Partnership\u2019s (invented) policies.")
    plan = [("Introduction", [95, 105, 90]), ("Background", [110, 100, 95, 105]),
            ("Agency involvement", [115, 100, 110, "BR", 105, 95, 100]),
            ("Analysis", [110, 120, 100, 95]), ("Conclusions", [100, 90, 85])]
    page, result, texts = 1, [], []
    fn_id, link_n, in_keys = 0, 0, 0
    for ci, (title, parts) in enumerate(plan, 1):
        if ci > 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            page += 1
        h = doc.add_heading(title, level=1)
        numbered(h, 0)
        k = 0
        for part in parts:
            if part == "BR":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                page += 1
                continue
            k += 1
            label = "%d.%d" % (ci, k)
            text = pm.make(part)
            texts.append(text)
            words = text.split()
            n = len(words)
            v = len(result) % 3
            if v == 0:
                span = (1, 3)            # among the first eight words
            elif v == 1:
                span = (n - 4, n - 2)    # among the last six
            else:
                span = (n // 2, n // 2 + 3)
            if v != 2:
                in_keys += 1
            # a footnote reference after the first sentence (ends after word 8) or before the closing one
            ends_at = [i for i, w in enumerate(words) if w.endswith(".") and 8 <= i < n - 12]
            fn_after = ends_at[0] if len(result) % 2 == 0 else ends_at[-1]
            if v == 2 and span[0] - 1 <= fn_after <= span[1]:
                span = (fn_after + 2, fn_after + 5)
            rid = doc.part.relate_to(LINKS[link_n % len(LINKS)], RT.HYPERLINK, is_external=True)
            link_n += 1
            fn_id = fn_id % len(FOOTNOTES) + 1
            xml, buf = [], []
            for i, w in enumerate(words):
                if i == span[0]:
                    xml.append(run_xml(" ".join(buf) + " ") if buf else "")
                    buf = []
                if i == span[1]:
                    xml.append('<w:hyperlink r:id="%s" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/>'
                               '<w:u w:val="single"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>'
                               % (rid, _h.escape(" ".join(buf), quote=False)))
                    buf = []
                    xml.append(run_xml(" "))
                buf.append(w)
                if i == fn_after:
                    xml.append(run_xml(" ".join(buf)))
                    xml.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                               '<w:footnoteReference w:id="%d"/></w:r>' % fn_id)
                    buf = [""]
            xml.append(run_xml(" ".join(buf)))
            p = doc.add_paragraph()
            numbered(p, 1)
            p.paragraph_format.space_after = Pt(8)
            for el in parse_xml('<w:p xmlns:w="%s" xmlns:r="%s">%s</w:p>' % (W_NS, R_NS, "".join(xml))):
                p._p.append(el)
            result.append(entry(label, page, text))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    buf = io.BytesIO()
    doc.save(buf)

    def ct(b):
        return b.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                         b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')

    def rels(b):
        return b.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                         b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')

    path.write_bytes(_fix_zip(buf.getvalue(), extra={"word/footnotes.xml": _footnotes_xml(FOOTNOTES)},
                              patch={"[Content_Types].xml": ct, "word/_rels/document.xml.rels": rels}))

    # read back: Word's numbering computed from numPr, visible text of runs and hyperlinks, page by breaks
    d2 = docx.Document(str(path))
    if not any(r.reltype.endswith("/footnotes") for r in d2.part.rels.values()):
        raise AssertionError("footnotes.docx: no footnotes part")
    lvl = [0, 0]
    page, found, nlinks, nrefs = 1, [], 0, 0
    for p in d2.paragraphs:
        x = p._p
        if x.find(".//" + WQ + "br[@" + WQ + "type='page']") is not None:
            page += 1
        nlinks += len(x.findall(WQ + "hyperlink"))
        nrefs += len(x.findall(".//" + WQ + "footnoteReference"))
        ilvl = x.find("./%spPr/%snumPr/%silvl" % (WQ, WQ, WQ))
        vis = "".join(t.text for t in x.iter(WQ + "t"))
        if ilvl is None:
            continue
        lv = int(ilvl.get(WQ + "val"))
        lvl[lv] += 1
        if lv == 0:
            lvl[1] = 0
        else:
            found.append(("%d.%d" % tuple(lvl), page, vis))
    if [f[0] for f in found] != [d["label"] for d in result]:
        raise AssertionError("footnotes.docx: labels differ")
    for (lab, pg, body), d in zip(found, result):
        b = norm(body)
        if pg != d["page"] or b[:len(norm(d["starts_with"]))] != norm(d["starts_with"]) \
                or b[-len(norm(d["ends_with"])):] != norm(d["ends_with"]):
            raise AssertionError("footnotes.docx mismatch at " + lab)
    if nlinks != len(result) or nrefs != len(result) or in_keys < 10:
        raise AssertionError("footnotes.docx: links / footnote references")
    return {
        "note": ("Word report with automatic numbering (one abstractNum): Heading 1 chapters at level 0 "
                 "('%1.' -> '3. Agency involvement', not paragraphs) and body paragraphs at level 1 with level "
                 "text 'Paragraph %1.%2' (printed 'Paragraph 3.2'; the label is '3.2'), restarting in each "
                 "chapter. Every paragraph has one external hyperlink (w:hyperlink r:id) over two or three of "
                 "its words: among its first eight words, its last six, or in the middle, in turn; and one "
                 "footnote reference (superscript w:footnoteReference, word/footnotes.xml) after its first "
                 "sentence or before its closing one; footnote text is not paragraph text. Title lines and a "
                 "note before chapter 1 are unnumbered. Page = explicit page breaks before the paragraph + 1."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. pasted-runs.docx
# --------------------------------------------------------------------------
RPRS = ["", '<w:rPr><w:lang w:val="en-GB"/></w:rPr>',
        '<w:rPr><w:rFonts w:cstheme="minorHAnsi"/><w:lang w:val="en-GB"/></w:rPr>',
        '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/></w:rPr>']


class RunWriter:
    """Word's run soup: each word in 2-3 runs with their own rsid attributes."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rsids = ["00%06X" % self.rng.randrange(0x100000, 0xFFFFFF) for _ in range(9)]

    def run(self, inner, rpr=None):
        rs = self.rng.choice(self.rsids)
        attrs = 'w:rsidR="%s"' % rs
        if self.rng.random() < 0.4:
            attrs += ' w:rsidRPr="%s"' % self.rng.choice(self.rsids)
        return "<w:r %s>%s%s</w:r>" % (attrs, self.rng.choice(RPRS) if rpr is None else rpr, inner)

    def t(self, s):
        return self.run('<w:t xml:space="preserve">%s</w:t>' % _h.escape(s, quote=False))

    def word(self, w, space_after):
        pieces = [w]
        if len(w) >= 4:
            n = 3 if len(w) >= 8 and self.rng.random() < 0.5 else 2
            cuts = sorted(self.rng.sample(range(1, len(w)), n - 1))
            pieces = [w[a:b] for a, b in zip([0] + cuts, cuts + [len(w)])]
        out = []
        spell = w[:1].isupper() and self.rng.random() < 0.5
        if spell:
            out.append('<w:proofErr w:type="spellStart"/>')
        for j, piece in enumerate(pieces):
            last = j == len(pieces) - 1
            if last and space_after and self.rng.random() < 0.7:
                piece += " "
                space_after = False
            out.append(self.t(piece))
        if spell:
            out.append('<w:proofErr w:type="spellEnd"/>')
        if space_after:
            out.append(self.t(" "))
        return "".join(out)

    def para(self, ppr, body):
        rs = self.rng.choice(self.rsids)
        return ('<w:p xmlns:w="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
                % (W_NS, rs, self.rng.choice(self.rsids), rs, ppr, body))


def make_pasted_runs(out, pm):
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt
    path = out / "pasted-runs.docx"
    doc = docx.Document()
    doc.core_properties.title = "Serious Case Review: Baby H (FICTIONAL)"
    doc.styles["Normal"].font.size = Pt(11)
    body = doc.element.body
    sect = body.find(WQ + "sectPr")
    rw = RunWriter(1313)

    def add(xml):
        sect.addprevious(parse_xml(xml))

    def words_xml(text, soft_every=None):
        words = text.split()
        xml, col = [], 0
        for i, w in enumerate(words):
            last = i == len(words) - 1
            col += len(w) + 1
            brk = soft_every is not None and not last and col + len(words[i + 1]) > soft_every
            xml.append(rw.word(w, space_after=not last and not brk))
            if brk:
                xml.append(rw.run("<w:br/>"))
                col = 0
        return "".join(xml)

    for t in (FICT, "Serious Case Review: Baby H", "Tarnside Safeguarding Children Partnership",
              "Overview report \u2013 lead reviewer Ottilie Brack (an invented person)"):
        add(rw.para('<w:pPr><w:pStyle w:val="Title"/></w:pPr>' if t.startswith("Serious") else "",
                    words_xml(t)))
    plan = [("Introduction", [95, 100, 105]), ("Background to the family", [110, 100, 95, 105]),
            ("The agencies\u2019 involvement", [105, 115, "BR", 100, 95, 110]),
            ("Analysis and findings", [120, 100, 105, 95]), ("Recommendations", [90, 85])]
    ind = '<w:pPr><w:ind w:left="709" w:hanging="709"/><w:spacing w:after="160"/></w:pPr>'
    page, result, texts, n = 1, [], [], 0
    goback_at = 7
    own_line = []

    def page_break():
        add(rw.para("", rw.run('<w:br w:type="page"/>')))

    for ci, (title, parts) in enumerate(plan, 1):
        lrpb = ""
        if ci > 1:
            page_break()
            page += 1
            lrpb = rw.run("<w:lastRenderedPageBreak/>")
        add(rw.para('<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>',
                    lrpb + words_xml("Section %d: %s" % (ci, title))))
        k = 0
        for part in parts:
            if part == "BR":
                page_break()
                page += 1
                continue
            k += 1
            label = "%d.%d" % (ci, k)
            text = pm.make(part)
            texts.append(text)
            a, b = (label[:2], label[2:]) if n % 2 == 0 else (label[:1], label[1:])
            lab = rw.t(a) + rw.t(b)
            sep = rw.run("<w:br/>") if n in (5, 14) else rw.run("<w:tab/>")
            pasted = n % 3 != 1
            inner = words_xml(text, soft_every=44 if pasted else None)
            if n == goback_at:
                cut = inner.index("</w:r>", len(inner) // 2) + len("</w:r>")
                inner = (inner[:cut] + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
                         + inner[cut:])
            if n in (5, 14):
                own_line.append(label)
            add(rw.para(ind, lab + sep + inner))
            result.append(entry(label, page, text))
            n += 1
    check_lengths(path.name, texts)
    check_count(path.name, result)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))

    # read back with lxml: runs' text, tabs and soft breaks; page by explicit page breaks
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    page, found, soft, split_words = 1, [], 0, 0
    for p in root.iter(WQ + "p"):
        vis = []
        for el in p.iter(WQ + "t", WQ + "tab", WQ + "br"):
            if el.tag == WQ + "t":
                vis.append(el.text)
            elif el.tag == WQ + "tab":
                vis.append("\t")
            elif el.get(WQ + "type") == "page":
                page += 1
            else:
                vis.append("\n")
        s = "".join(vis)
        soft += s.count("\n")
        split_words += len(p.findall(WQ + "r")) > len(s.split()) * 1.8
        m = re.match(r"^(\d+\.\d+)[\t\n](.*)$", s, re.S)
        if m:
            found.append((m.group(1), page, m.group(2).replace("\n", " ")))
    if [f[0] for f in found] != [d["label"] for d in result]:
        raise AssertionError("pasted-runs.docx: labels differ")
    for (lab, pg, b), d in zip(found, result):
        if pg != d["page"] or not b.startswith(d["starts_with"]) or not b.endswith(d["ends_with"]):
            raise AssertionError("pasted-runs.docx mismatch at " + lab)
    if soft < 100 or split_words < len(result):
        raise AssertionError("pasted-runs.docx: %d soft breaks, %d run-split paragraphs" % (soft, split_words))
    return {
        "note": ("Word document after many edits: every word of four letters or more is split into two or three "
                 "<w:r> runs with their own w:rsidR/w:rsidRPr attributes and assorted rPr (lang, rFonts), spaces "
                 "sometimes in runs of their own, proofErr spellStart/spellEnd around capitalised words, a "
                 "_GoBack bookmark between two runs of one paragraph, lastRenderedPageBreak after page breaks. "
                 "Paragraph numbers are typed and split across runs ('1.' + '2' or '1' + '.2'), then a tab run; "
                 "in two paragraphs (%s) the number is followed by a soft line "
                 "break instead. Two paragraphs in three were pasted from a PDF: a soft line break "
                 "<w:br/> ends every line of about 44 characters (no space before or after it; it stands for "
                 "a space). Headings are Heading 1 'Section 3: ...' (not paragraphs). Page = explicit page "
                 "breaks before the paragraph + 1.") % " and ".join(own_line),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. cms-strong.html
# --------------------------------------------------------------------------
def make_cms(out, pm):
    from lxml import html as lh
    path = out / "cms-strong.html"
    plan = [("Introduction", [95, 110, 150]), ("The family", [100, 105, 95]),
            ("What happened", [120, 150, 100, 115, 105]),
            ("Analysis", ["LEAD", 110, 160, 100, 95, 120]),
            ("Conclusions and recommendations", [105, 90, 150])]
    forms = ["<strong>{n}.</strong> ", "<strong>{n}.</strong>&nbsp;", "<strong>{n}. </strong>",
             "<strong>{n}</strong>&nbsp; ", "<span><strong>{n}.</strong></span> ", "<strong>{n}.&nbsp;</strong>"]
    body, result, texts, n, splits = [], [], [], 0, []
    for title, lens in plan:
        body.append("<h2>%s</h2>" % title)
        for tw in lens:
            if tw == "LEAD":
                body.append("<p>This section looks at four themes that the panel identified from the chronology "
                            "and from its conversations with practitioners.</p>")
                continue
            n += 1
            text = pm.make(tw)
            texts.append(text)
            esc = _h.escape(text, quote=False)
            lead = forms[n % len(forms)].format(n=n)
            if tw >= 150:  # the CMS editor split this paragraph in two; the second <p> has no number
                sents = re.split(r"(?<=[.”]) (?=[A-Z])", text)
                half = len(sents) // 2
                a_, b_ = " ".join(sents[:half]), " ".join(sents[half:])
                body.append("<p>%s%s</p>\n<p>%s</p>" % (lead, _h.escape(a_, quote=False), _h.escape(b_, quote=False)))
                splits.append(str(n))
            elif n == 10:  # a bold phrase in mid-paragraph
                words = esc.split(" ")
                mid = len(words) // 2
                esc = " ".join(words[:mid] + ["<strong>" + " ".join(words[mid:mid + 3]) + "</strong>"]
                               + words[mid + 3:])
                body.append("<p>%s%s</p>" % (lead, esc))
            else:
                body.append("<p>%s%s</p>" % (lead, esc))
            result.append(entry(str(n), None, text))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if len(splits) < 4:
        raise AssertionError("cms-strong.html: too few split paragraphs")
    content = "\n".join(body)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Child Safeguarding Practice Review: Child E | Ravensfleet Borough Council (FICTIONAL)</title>
<link rel="stylesheet" href="/themes/custom/ravensfleet/css/style.css">
</head>
<body class="page-node-type-article">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies.</p>
<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<a href="/" class="logo">Ravensfleet Borough Council</a>
<nav aria-label="Main"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/children">Children and families</a></li><li><a href="/adults">Adult social care</a></li></ul></nav>
<form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/children">Children and families</a></li><li><a href="/children/safeguarding">Safeguarding partnership</a></li>
<li>Child E</li></ol></nav>
<main id="main-content">
<article class="node node--type-article">
<h1>Child Safeguarding Practice Review: Child E</h1>
<div class="field field--name-field-summary"><p>{FICT}. The Ravensfleet Safeguarding Children Partnership publishes
this review of the help given to Child E and her family. All names are invented.</p></div>
<p class="published">Published: 14 February 2024</p>
<div class="field field--name-body clearfix text-formatted">
{content}
<h2>Related documents</h2>
<ul class="related-docs">
<li><a href="/files/child-e-action-plan.pdf">Child E: partnership action plan (PDF, 312KB)</a></li>
<li><a href="/files/child-e-briefing.pdf">Child E: seven-minute briefing for practitioners (PDF, 96KB)</a></li>
<li><a href="/files/partnership-response.docx">Partnership response to the review (Word, 48KB)</a></li>
</ul>
</div>
<div class="page-feedback">
<h2>Was this page helpful?</h2>
<form action="/feedback"><button name="helpful" value="yes">Yes</button> <button name="helpful" value="no">No</button></form>
</div>
<p class="updated">Last updated: 3 March 2024</p>
</article>
</main>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; 2024 Ravensfleet Borough Council (an invented council)</p></footer>
</body>
</html>
"""
    path.write_text(doc, encoding="utf-8")

    # read back: inside the body field, a <p> opening with a bold number starts a paragraph; an unnumbered
    # <p> straight after a paragraph (no heading between) carries it on; a heading ends it
    tree = lh.fromstring(path.read_bytes())
    field = tree.xpath('//div[contains(@class, "field--name-body")]')[0]
    found, cur = [], None
    for el in field:
        txt = " ".join(el.text_content().split())
        if el.tag == "p":
            first = el.xpath("./strong|./span/strong")
            if first and re.fullmatch(r"\d+\.?", first[0].text_content().strip()) and \
                    txt.startswith(first[0].text_content().strip()):
                num = first[0].text_content().strip().rstrip(".")
                cur = [num, txt[len(first[0].text_content().strip()):].strip()]
                found.append(cur)
            elif cur is not None:
                cur[1] += " " + txt
        else:
            cur = None
    if [f[0] for f in found] != [d["label"] for d in result]:
        raise AssertionError("cms-strong.html: labels differ")
    for (lab, body_), d, t in zip(found, result, texts):
        if body_ != " ".join(t.split()):
            raise AssertionError("cms-strong.html mismatch at " + lab)
    return {
        "note": ("Council CMS article: cookie banner, header navigation, breadcrumb, h1, a FICTIONAL summary and "
                 "a 'Published' line, then the body field: <h2> section titles and numbered paragraphs 1-%d, "
                 "each a <p> opening with its number in bold, in six forms in turn (%s; the number has no full "
                 "stop in paragraphs 3, 9, 15); paragraph 10 has a bold phrase in mid-text. Paragraphs %s were "
                 "split by the editor into two <p>: the second has no number and belongs to the same paragraph "
                 "(ends_with is the end of the second <p>). Under 'Analysis' an unnumbered lead-in <p> comes "
                 "before the first numbered paragraph: it belongs to no numbered paragraph. After the last "
                 "paragraph, in the same body field: 'Related documents' (<h2> and a list of links), then a "
                 "feedback form, 'Last updated' and the footer; none of them is paragraph text. Pages are null.")
                % (n, ", ".join("'%s'" % forms[i % len(forms)].format(n=i) for i in range(1, 7)),
                   ", ".join(splits)),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["ligatures.pdf"] = make_ligatures(out, pm)
    exp["es-summary.pdf"] = make_es_summary(out, pm)
    exp["footnotes.docx"] = make_footnotes_docx(out, pm)
    exp["pasted-runs.docx"] = make_pasted_runs(out, pm)
    exp["cms-strong.html"] = make_cms(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
