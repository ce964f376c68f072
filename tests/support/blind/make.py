#!/usr/bin/env python3
"""Generate FICTIONAL blind-test documents for the paragraph cutter.

    .venv/bin/python tests/support/blind/make.py OUT_DIR

Written by a helper who had not read the parser, its tests or its figures, as a blind test of the cutter
on layouts its authors had not seen; tests/test_blind_layouts.py now runs it as a regression test. Writes
into OUT_DIR (default: a folder "out" beside this file):
  blind-hanging.pdf  (fpdf2)      hanging-indent "1.1" numbering, header, "Page N of M",
                                  footnotes, table, bullets, paragraph across page break
  blind-legal.docx   (python-docx + raw numbering.xml) Word automatic "%1." / "%1.%2"
                                  numbering, page breaks, section break, restart in appendix
  blind-cms.html                  council CMS page, <span class="para-no">
  blind-twocol.pdf   (reportlab)  two-column body, "12." numbering, full-width title/table
  expected.json                   answer key (then self-checked with pdfplumber)

Everything produced is ENTIRELY FICTIONAL - for software testing.
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
import fiction  # noqa: E402
from fiction import first_words, last_words  # noqa: E402

FICT = "FICTIONAL \u2013 for software testing"
# reportlab's own copy of Bitstream Vera (reportlab is a test dependency), not the system's fonts
VERA = Path(__import__("reportlab").__file__).parent / "fonts"


def entry(label, page, text, **extra):
    d = {"label": label, "page": page, "starts_with": first_words(text, 8),
         "ends_with": last_words(text, 6)}
    d.update(extra)
    return d


# ===================================================================== 1 ===
# blind-hanging.pdf with fpdf2
HANGING_PLAN = [  # (section no, title, theme, count)
    (1, "Introduction", "intro", 5),
    (2, "Background", "background", 7),
    (3, "Methodology and scope", "method", 5),
    (4, "Chronology of key events", "chronology", 9),
    (5, "Analysis", "analysis", 10),
    (6, "Good practice and developments since the incident", "practice", 5),
    (7, "Conclusions and recommendations", "conclusion", 5),
]
HANGING_FOOTNOTES = {  # label -> footnote text (all invented)
    "2.3": "Eastmoor Borough Council, Housing Allocation Scheme (fictional), revised edition, {y1}.",
    "4.5": "Eastmoor and Callowby Safeguarding Children Partnership, Multi-agency Threshold Guide "
           "(fictional), section on pre-verbal children, {y0}.",
    "5.7": "The reviewer is grateful to the consultant paediatrician who provided independent advice on "
           "the medical records. Her advice is summarised here with her agreement.",
}
HANGING_XREFS = {"1.3": "5.2", "2.6": "4.7", "4.3": "5.9", "5.5": "6.3", "5.8": "2.4", "6.2": "7.4"}
HANGING_TABLE_AFTER = "4.2"
HANGING_BULLETS_IN = "5.4"


def build_hanging_text():
    w = fiction.Writer("hanging")
    secs = []
    for no, title, theme, count in HANGING_PLAN:
        paras = []
        for i in range(1, count + 1):
            label = f"{no}.{i}"
            lo, hi = (150, 360)
            t = w.paragraph(theme, lo, hi, xref=HANGING_XREFS.get(label))
            p = {"label": label, "text": t}
            if label == HANGING_BULLETS_IN:
                t = w.paragraph(theme, 60, 90)
                p["text"] = t + " " + fiction.BULLET_LEADINS[0]
                p["bullets"] = w.bullets(5)
                p["after"] = "Each of these points is reflected in the recommendations at the end of this report."
            if label in HANGING_FOOTNOTES:
                # marker goes after the second sentence
                sents = re.split(r"(?<=\.) ", p["text"])
                k = min(2, len(sents) - 1)
                p["fn_before"] = " ".join(sents[:k])
                p["fn_after"] = " " + " ".join(sents[k:])
                p["fn_text"] = w.fill(HANGING_FOOTNOTES[label])
            paras.append(p)
        secs.append((no, title, paras))
    table = [
        ("Date", "Agency", "Event"),
        (f"14.02.{w.w['y1']}", "Northvale Constabulary", "Domestic incident notification; graded standard risk"),
        (f"03.06.{w.w['y1']}", "Eastmoor 0-19 Service", "Home visit; home conditions noted as poor"),
        (f"21.10.{w.w['y1']}", "Larkhill Primary School", "Referral: unexplained bruising to older sibling"),
        (f"09.01.{w.w['y2']}", "Children's social care", "Child and family assessment completed"),
        (f"17.07.{w.w['y2']}", "Callowby Community Health Trust", "Emergency department attendance (wrist)"),
        (f"30.09.{w.w['y2']}", "Children's social care", "Case stepped down to early help"),
        (f"12.03.{w.w['y3']}", "Northvale Constabulary", "Neighbour report of shouting at night"),
        (f"05.05.{w.w['y3']}", "Ferncroft Surgery", "Missed appointment; no follow-up recorded"),
    ]
    return w, secs, table


def make_hanging(path: Path, toc_pages: dict | None = None):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    w, secs, table = build_hanging_text()
    title = "Local Child Safeguarding Practice Review: Child M"
    LM, TXT, RM = 25.0, 37.0, 20.0
    BASE_B = 24.0
    LH = 5.3
    FN_LH = 3.8

    class Doc(FPDF):
        footnotes: dict  # set per document below

        def header(self):
            self.set_auto_page_break(True, margin=BASE_B)
            self.set_font("Serif", "I", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(LM, 11)
            self.cell(self.w - LM - RM, 4, f"{title} \u2013 {FICT}", align="L")
            self.set_draw_color(160, 160, 160)
            self.line(LM, 16.5, self.w - RM, 16.5)
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, 26)

        def footer(self):
            notes = self.footnotes.get(self.page_no(), [])
            if notes:
                self.set_font("Serif", "", 7.5)
                total = sum(self._fn_h(t) for _, t in notes)
                y = self.h - BASE_B - total - 1
                self.set_draw_color(0, 0, 0)
                self.line(LM, y - 1.5, LM + 45, y - 1.5)
                self.set_y(y)
                for n, t in notes:
                    self.set_x(LM)
                    self.set_font("Serif", "", 6)
                    self.char_vpos = "SUP"
                    self.cell(3, FN_LH, str(n))
                    self.char_vpos = "LINE"
                    self.set_font("Serif", "", 7.5)
                    self.multi_cell(self.w - LM - RM - 3, FN_LH, t,
                                    new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("Serif", "", 8.5)
            self.set_xy(LM, self.h - 15)
            self.cell(self.w - LM - RM, 4, f"Page {self.page_no()} of {{nb}}", align="C")

        def _fn_h(self, t):
            self.set_font("Serif", "", 7.5)
            n = len(self.multi_cell(self.w - LM - RM - 3, FN_LH, t, dry_run=True, output="LINES"))
            return n * FN_LH + 1

    pdf = Doc(orientation="P", unit="mm", format="A4")
    pdf.footnotes = {}
    for st, fn in (("", "Vera.ttf"), ("B", "VeraBd.ttf"), ("I", "VeraIt.ttf")):
        pdf.add_font("Serif", st, str(VERA / fn))
    pdf.set_margins(LM, 26, RM)
    pdf.set_auto_page_break(True, margin=BASE_B)
    pdf.set_title(f"{title} ({FICT})")
    pdf.set_author("Fictional test data")
    import datetime
    pdf.set_creation_date(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))  # reproducible

    # ---- title page
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.set_xy(LM, 30)
    pdf.cell(0, 8, FICT.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(30)
    pdf.set_font("Serif", "B", 22)
    pdf.multi_cell(0, 11, "Local Child Safeguarding\nPractice Review", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Serif", "", 18)
    pdf.cell(0, 10, "Child M", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(20)
    pdf.set_font("Serif", "", 12)
    for line in ["Eastmoor and Callowby Safeguarding Children Partnership",
                 f"Independent reviewer: {w.w['reviewer']}",
                 f"Published: November {w.w['y3']}"]:
        pdf.cell(0, 7, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(40)
    pdf.set_font("Serif", "I", 9.5)
    pdf.multi_cell(0, 5, "This document is entirely fictional. It was written to test software that "
                   "reads safeguarding review reports. All places, agencies, people and events in it "
                   "are invented, and any resemblance to a real case is coincidental.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # ---- contents page
    pdf.add_page()
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 10, "Contents", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Serif", "", 11)
    for no, t, _ in secs:
        pg = str((toc_pages or {}).get(no, "?"))
        pdf.set_x(LM)
        pdf.cell(10, 7, f"{no}.")
        pdf.cell(pdf.w - LM - RM - 25, 7, t)
        pdf.cell(15, 7, pg, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.add_page()
    key, sec_pages, traps_src = [], {}, {}
    fn_no = 0

    def body_font():
        pdf.set_font("Serif", "", 10.5)

    def est_lines(text, width):
        body_font()
        return len(pdf.multi_cell(width, LH, text, dry_run=True, output="LINES"))

    for no, stitle, paras in secs:
        # section heading: keep with 3 lines of the first paragraph
        if pdf.will_page_break(12 + 3 * LH):
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("Serif", "B", 13)
        pdf.set_x(LM)
        sec_pages[no] = pdf.page_no()
        pdf.cell(12, 7, f"{no}.")
        pdf.cell(0, 7, stitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        for p in paras:
            width = pdf.w - TXT - RM
            full_text = p["text"]
            if "fn_text" in p:
                fn_no += 1
                full_text = p["fn_before"] + p["fn_after"]
                h = (est_lines(full_text, width) + 2) * LH
                pdf.set_font("Serif", "", 7.5)
                fn_h = pdf._fn_h(p["fn_text"]) + 4
                if pdf.will_page_break(h + fn_h):
                    pdf.add_page()
            elif pdf.will_page_break(3 * LH):
                pdf.add_page()
            start = pdf.page_no()
            body_font()
            pdf.set_x(LM)
            pdf.cell(TXT - LM, LH, p["label"])
            pdf.set_left_margin(TXT)
            pdf.set_x(TXT)
            if "fn_text" in p:
                pg = pdf.page_no()
                pdf.footnotes.setdefault(pg, []).append((fn_no, p["fn_text"]))
                reserved = sum(pdf._fn_h(t) for _, t in pdf.footnotes[pg]) + 4
                pdf.set_auto_page_break(True, margin=BASE_B + reserved)
                body_font()
                pdf.write(LH, p["fn_before"])
                pdf.set_font("Serif", "", 7)
                pdf.char_vpos = "SUP"
                pdf.write(LH, str(fn_no))
                pdf.char_vpos = "LINE"
                body_font()
                pdf.write(LH, p["fn_after"])
            else:
                pdf.write(LH, p["text"])
            pdf.ln(LH)
            extra = {}
            if "bullets" in p:
                pdf.ln(1.5)
                for b in p["bullets"]:
                    pdf.set_left_margin(TXT + 6)
                    pdf.set_x(TXT + 1)
                    pdf.cell(5, LH, "\u2022")
                    pdf.set_x(TXT + 6)
                    pdf.write(LH, b)
                    pdf.ln(LH + 0.8)
                pdf.set_left_margin(TXT)
                pdf.set_x(TXT)
                pdf.ln(0.7)
                pdf.write(LH, p["after"])
                pdf.ln(LH)
                full_text = " ".join([p["text"]] + p["bullets"] + [p["after"]])
                extra["bullets"] = len(p["bullets"])
            pdf.set_left_margin(LM)
            end = pdf.page_no()
            if "fn_text" in p:
                extra["footnote"] = {"marker": fn_no, "page": start}
            if end != start:
                extra["end_page"] = end
            key.append(entry(p["label"], start, full_text, **extra))
            pdf.ln(3)
            if p["label"] == HANGING_TABLE_AFTER:
                rows = table
                if pdf.will_page_break(len(rows) * 9 + 14):
                    pdf.add_page()
                pdf.set_left_margin(TXT)
                pdf.set_x(TXT)
                pdf.set_font("Serif", "B", 9.5)
                pdf.cell(0, 6, "Table 1: Key events during the review period",
                         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("Serif", "", 8.5)
                table_page = pdf.page_no()
                with pdf.table(col_widths=(22, 45, 70), line_height=4.6, text_align="LEFT",
                               first_row_as_headings=True, width=pdf.w - TXT - RM) as t:
                    for r in rows:
                        row = t.row()
                        for c in r:
                            row.cell(c)
                pdf.set_left_margin(LM)
                pdf.ln(4)
                traps_src["table"] = {"page": table_page, "after": HANGING_TABLE_AFTER,
                                      "rows": len(rows) - 1}
    pdf.output(str(path))
    return key, sec_pages, pdf.page_no(), traps_src


# ===================================================================== 2 ===
# blind-legal.docx : Word automatic numbering
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag):
    return f"{{{W_NS}}}{tag}"


def make_legal(path: Path):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    w = fiction.Writer("legal")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(2.54))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0

    # ---- numbering definitions (abstractNum 90 = legal, 91 = bullets)
    numbering = doc.part.numbering_part.element
    NSDECL = f'xmlns:w="{W_NS}"'
    legal_abs = parse_xml(f'''
<w:abstractNum {NSDECL} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="SCRSectionTitle"/>
    <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="851"/></w:tabs><w:ind w:left="851" w:hanging="851"/></w:pPr>
    <w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="SCRNumberedPara"/>
    <w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="851"/></w:tabs><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1701" w:hanging="850"/></w:pPr></w:lvl>
</w:abstractNum>''')
    bullet_abs = parse_xml(f'''
<w:abstractNum {NSDECL} w:abstractNumId="91">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
    <w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1418" w:hanging="425"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>
</w:abstractNum>''')
    nums = [
        parse_xml(f'<w:num {NSDECL} w:numId="101"><w:abstractNumId w:val="90"/></w:num>'),
        # appendix: same abstractNum, restarted with startOverride (what Word's "Restart at 1" writes)
        parse_xml(f'<w:num {NSDECL} w:numId="102"><w:abstractNumId w:val="90"/>'
                  f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                  f'<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'),
        parse_xml(f'<w:num {NSDECL} w:numId="103"><w:abstractNumId w:val="91"/></w:num>'),
    ]
    first_num = numbering.find(_w("num"))
    for a in (legal_abs, bullet_abs):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    for n in nums:
        numbering.append(n)

    # ---- styles linked to the numbering (numbering lives in the STYLE for Part One)
    from docx.enum.style import WD_STYLE_TYPE
    st_title = doc.styles.add_style("SCR Section Title", WD_STYLE_TYPE.PARAGRAPH)
    st_title.element.set(_w("styleId"), "SCRSectionTitle")
    st_title.base_style = normal
    st_title.font.bold = True
    st_title.font.size = Pt(12)
    st_title.paragraph_format.space_before = Pt(12)
    st_title.paragraph_format.keep_with_next = True
    st_para = doc.styles.add_style("SCR Numbered Para", WD_STYLE_TYPE.PARAGRAPH)
    st_para.element.set(_w("styleId"), "SCRNumberedPara")
    st_para.base_style = normal
    def put_numpr(pPr, num_id, ilvl):
        numPr = pPr.get_or_add_numPr()  # python-docx keeps CT_PPr children in schema order
        for child in list(numPr):
            numPr.remove(child)
        numPr.append(parse_xml(f'<w:ilvl {NSDECL} w:val="{ilvl}"/>'))
        numPr.append(parse_xml(f'<w:numId {NSDECL} w:val="{num_id}"/>'))

    for st, ilvl in ((st_title, 0), (st_para, 1)):
        put_numpr(st.element.get_or_add_pPr(), 101, ilvl)

    def set_numpr(par, num_id, ilvl):
        put_numpr(par._p.get_or_add_pPr(), num_id, ilvl)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = f"{FICT} | Hollinsvale Safeguarding Children Partnership | LCSPR Child K"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    r = fp.add_run("Page ")
    r.font.size = Pt(9)
    fp._p.append(parse_xml(f'<w:fldSimple {NSDECL} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                           f'<w:t>1</w:t></w:r></w:fldSimple>'))

    key, headings, notes = [], [], []
    state = {"page": 1, "certain": True, "lines": 0}
    CHARS_PER_LINE = 70   # deliberately pessimistic for Arial 11pt on 15.9 cm
    SAFE_LINES = 40       # a page holds ~50 lines; stay well below

    def account(text, extra_lines=1):
        state["lines"] += -(-len(text) // CHARS_PER_LINE) + extra_lines

    line_est = {}

    def page_break():  # explicit run-level page break in its own paragraph (Ctrl+Enter)
        if state["certain"]:
            line_est[state["page"]] = state["lines"]
        if state["certain"] and state["lines"] > SAFE_LINES:
            raise SystemExit(f"legal.docx: page {state['page']} may overflow ({state['lines']} lines)")
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        state["page"] += 1
        state["lines"] = 0

    def heading(text):
        doc.add_heading(text, level=1)
        account(text, 3)
        headings.append({"text": text, "kind": "Heading 1 (unnumbered)",
                         "page": state["page"] if state["certain"] else None})

    counters = {101: [0, 0], 102: [0, 0]}

    def title(text, num_id=101, direct=False):
        par = doc.add_paragraph(text, style=st_title)
        if direct or num_id != 101:
            set_numpr(par, num_id, 0)
        c = counters[num_id]
        c[0] += 1
        c[1] = 0
        account(text, 2)
        headings.append({"text": text, "kind": "numbered level 0 (%1.)", "rendered_number": f"{c[0]}.",
                         "page": state["page"] if state["certain"] else None,
                         "list": "main" if num_id == 101 else "appendix A (restarted)"})

    def para(theme, lo, hi, num_id=101, direct=False, page_break_before=False,
             bullets=None, part="main", xref=None):
        text = w.paragraph(theme, lo, hi, xref=xref)
        par = doc.add_paragraph(text, style=st_para)
        if direct or num_id != 101:
            set_numpr(par, num_id, 1)
        if page_break_before:
            par.paragraph_format.page_break_before = True
            line_est[state["page"]] = state["lines"]
            state["page"] += 1
            state["lines"] = 0
        c = counters[num_id]
        c[1] += 1
        label = f"{c[0]}.{c[1]}"
        account(text)
        full = text
        extra = {"part": part,
                 "numbering": ("via paragraph style SCR Numbered Para" if not (direct or num_id != 101)
                               else f"direct numPr numId={num_id}")}
        if page_break_before:
            extra["page_break_before"] = True
        if bullets:
            lead = fiction.BULLET_LEADINS[1]
            par.add_run(" " + lead)
            full = text + " " + lead
            for b in bullets:
                bp = doc.add_paragraph(b)
                set_numpr(bp, 103, 0)
                account(b)
            full = " ".join([full, *bullets])
            extra["bullets"] = len(bullets)
        pg = state["page"] if state["certain"] else None
        e = entry(label, pg, full, **extra)
        if pg is None:
            e["page_min"] = state["page"]
        key.append(e)
        return label

    # ---- page 1: title page
    p = doc.add_paragraph()
    r = p.add_run(FICT.upper())
    r.bold = True
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Hollinsvale Safeguarding Children Partnership")
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Local Child Safeguarding Practice Review")
    r.font.size = Pt(24)
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Child K")
    r.font.size = Pt(20)
    doc.add_paragraph(f"Independent reviewer: {w.w['reviewer']}")
    doc.add_paragraph(f"Final report, March {w.w['y3'] + 1}")
    doc.add_paragraph("This document is entirely fictional and was produced to test software. "
                      "No real child, family, agency or place is described.")
    state["lines"] = 22
    page_break()

    # ---- page 2
    heading("Part One: The review")
    title("Introduction")
    para("intro", 110, 170)
    para("intro", 110, 170)
    page_break()
    # ---- page 3
    title("Background")
    para("background", 80, 115)
    para("background", 80, 115)
    para("background", 80, 115, xref="5.3")
    page_break()
    # ---- page 4
    title("Methodology")
    para("method", 120, 170)
    para("method", 120, 170)
    # ---- page 5 (page break before on a numbered paragraph)
    para("method", 120, 170, page_break_before=True)
    para("method", 60, 90, bullets=w.bullets(5))
    if state["lines"] > SAFE_LINES:
        raise SystemExit("legal.docx page 5 may overflow")
    line_est[state["page"]] = state["lines"]
    # ---- Word section break (new page); numbering continues
    doc.add_section(WD_SECTION.NEW_PAGE)
    state["page"] += 1
    state["lines"] = 0
    notes.append("A Word section break (nextPage) separates Part One and Part Two; numbering continues.")
    # ---- page 6
    heading("Part Two: Findings")
    title("Chronology", direct=True)
    para("chronology", 110, 160, direct=True)
    # from here the text flows freely: pages unknown without a renderer
    state["certain"] = False
    for _ in range(5):
        para("chronology", 150, 380, direct=True)
    title("Analysis", direct=True)
    for i in range(8):
        para("analysis", 150, 400, direct=True, xref="4.2" if i == 4 else None)
    title("Good practice", direct=True)
    for _ in range(3):
        para("practice", 150, 300, direct=True)
    title("Conclusions and recommendations", direct=True)
    for _ in range(4):
        para("conclusion", 120, 300, direct=True)
    page_break()
    heading("Appendix A: Terms of reference")
    title("Scope of the review", num_id=102)
    for _ in range(3):
        para("tor", 80, 160, num_id=102, part="appendix A")
    title("Key lines of enquiry", num_id=102)
    for _ in range(3):
        para("tor", 80, 160, num_id=102, part="appendix A")
    import datetime
    import zipfile
    cp = doc.core_properties
    cp.title, cp.author = f"LCSPR Child K ({FICT})", "Fictional test data"
    cp.created = cp.modified = datetime.datetime(2024, 1, 1)
    cp.last_modified_by = "Fictional test data"
    doc.save(str(path))
    # rewrite the zip with fixed timestamps so the file is byte-for-byte reproducible
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zout.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data,
                          compress_type=zipfile.ZIP_DEFLATED)
    notes.append("Pessimistic line estimate (70 characters per line, +1 line per paragraph) for the "
                 f"pages whose numbers are given: {line_est}; an A4 page with 2.54 cm margins at "
                 "Arial 11 pt single spacing holds about 50 lines of about 90 characters.")
    return key, headings, state["page"], notes


# ===================================================================== 3 ===
# blind-cms.html
CMS_PLAN = [
    (1, "Introduction", [("intro", 4)]),
    (2, "The family and background", [("background", 5)]),
    (3, "Agency involvement", [("Health services", "chronology", 3), ("Education", "chronology", 2),
                               ("Police and children's social care", "chronology", 3)]),
    (4, "Analysis and learning", [("analysis", 6)]),
    (5, "Recommendations", [("conclusion", 3)]),
    (6, "Developments since the review", [("practice", 3)]),
]


def make_cms(path: Path):
    w = fiction.Writer("cms")
    esc = html.escape
    key = []
    body = []
    toc = []
    recs = [
        "The partnership should commission a multi-agency audit of step-down decisions made in the last twelve months.",
        "Wrenfield Borough Council should ensure that closure summaries are shared with every agency that contributed to a plan.",
        "Health partners should agree a single process for following up missed appointments for children under five.",
        "All agencies should remind staff that family members must not be used as interpreters.",
        "The partnership should report on progress against these recommendations within nine months.",
    ]

    def add_abbr(t):
        return t.replace("MASH front door",
                         '<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr> front door')

    def emit(label, text, extra_html="", **extra):
        text = text.replace("children's services front door", "MASH front door")
        body.append(f'      <p id="para-{label.replace(".", "-")}"><span class="para-no">{label}</span> '
                    f'{add_abbr(esc(text, quote=False))}</p>')
        if extra_html:
            body.append(extra_html)
        key.append(entry(label, None, text + ("" if not extra.get("ol") else " " + " ".join(recs)), **extra))

    for no, stitle, subs in CMS_PLAN:
        sid = f"section-{no}"
        toc.append(f'          <li><a href="#{sid}">{no}. {esc(stitle)}</a></li>')
        body.append(f'    <section id="{sid}">\n      <h2>{no}. {esc(stitle)}</h2>')
        i = 0
        for sub in subs:
            if len(sub) == 3:
                body.append(f"      <h3>{esc(sub[0])}</h3>")
                theme, count = sub[1], sub[2]
            else:
                theme, count = sub
            for _ in range(count):
                i += 1
                label = f"{no}.{i}"
                if label == "5.1":
                    lead = ("The panel makes five recommendations. They are addressed to the "
                            "safeguarding partners and are set out below:")
                    ol = "      <ol class=\"recommendations\">\n" + "\n".join(
                        f"        <li>{esc(r)}</li>" for r in recs) + "\n      </ol>"
                    emit(label, lead, ol, ol=len(recs))
                    continue
                xref = {"2.4": "4.3", "4.5": "3.2"}.get(label)
                emit(label, w.paragraph(theme, 120, 330, xref=xref))
        body.append("    </section>")

    glossary = [
        ("Child in need plan", "A plan of support for a child whose health or development is likely to be impaired without services."),
        ("Early help", "Support offered to families below the threshold for statutory social work involvement."),
        ("MASH", "Multi-Agency Safeguarding Hub: the front door through which concerns about children are received."),
        ("Step-down", "The transfer of a family from statutory social care to early help."),
        ("Strategy discussion", "A discussion between agencies to decide whether child protection enquiries are needed."),
    ]
    gl = "\n".join(f"        <dt>{esc(a)}</dt>\n        <dd>{esc(b)}</dd>" for a, b in glossary)
    page = f'''<!DOCTYPE html>
<!-- {FICT}: entirely fictional page; Wrenfield and everyone in it are invented. -->
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Child T: Local Child Safeguarding Practice Review | Wrenfield Borough Council (FICTIONAL)</title>
  <meta name="description" content="{FICT}. Published review of practice in the case of Child T.">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body class="page-template-report">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <div class="cookie-banner" role="region" aria-label="Cookies">
    <p>We use cookies to make this site work. <a href="/cookies">Cookie settings</a> <button>Accept all</button></p>
  </div>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/wrenfield-logo.svg" alt="Wrenfield Borough Council (fictional) home"></a>
    <form class="search" action="/search"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council tax</a></li>
        <li><a href="/children-and-families">Children and families</a></li>
        <li><a href="/adult-social-care">Adult social care</a></li>
        <li><a href="/planning">Planning</a></li>
        <li><a href="/contact-us">Contact us</a></li>
      </ul>
    </nav>
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/children-and-families">Children and families</a></li>
        <li><a href="/children-and-families/safeguarding">Safeguarding children</a></li>
        <li><a href="/children-and-families/safeguarding/reviews">Practice reviews</a></li>
      </ol>
    </nav>
  </header>
  <main id="main-content">
    <article class="report">
      <p class="fictional-banner"><strong>{FICT}.</strong> This page is entirely fictional. Wrenfield, its council and every person and agency named here are invented.</p>
      <h1>Local Child Safeguarding Practice Review: Child T</h1>
      <p class="meta">Published by the Wrenfield Safeguarding Children Partnership. Independent reviewer: {esc(w.w["reviewer"])}. Last updated 14 June {w.w["y3"] + 1}.</p>
      <p class="download"><a href="/documents/child-t-review.pdf">Download this report (PDF, 412 KB)</a> | <a href="javascript:window.print()">Print this page</a></p>
      <nav class="on-this-page" aria-label="On this page">
        <h2>On this page</h2>
        <ol>
{chr(10).join(toc)}
          <li><a href="#glossary">Glossary</a></li>
        </ol>
      </nav>
{chr(10).join(body)}
    <section id="glossary">
      <h2>Glossary</h2>
      <dl>
{gl}
      </dl>
    </section>
    </article>
    <aside class="related">
      <h2>Related pages</h2>
      <ul>
        <li><a href="/children-and-families/safeguarding/reviews/child-s">Child S: thematic review (fictional)</a></li>
        <li><a href="/children-and-families/report-a-concern">Report a concern about a child</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <form class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></form>
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/jobs">Jobs</a></li>
    </ul>
    <p>&copy; {w.w["y3"] + 1} Wrenfield Borough Council (fictional). Town Hall, 1 Market Square, Wrenfield.</p>
  </footer>
</body>
</html>
'''
    path.write_text(page, encoding="utf-8")
    return key, [g[0] for g in glossary], recs


# ===================================================================== 4 ===
# blind-twocol.pdf with reportlab
TWOCOL_PLAN = [  # (heading, theme, count, new page with full-width table before it?)
    ("Introduction", "intro", 4, False),
    ("How the review was carried out", "method", 3, False),
    ("Background", "background", 6, False),
    ("What happened", "chronology", 8, True),
    ("Analysis", "analysis", 9, False),
    ("What has changed", "practice", 4, False),
    ("Conclusion", "conclusion", 3, False),
]


def make_twocol(path: Path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    w = fiction.Writer("twocol")
    PW, PH = A4
    LM = RM = 50
    TOP, BOT = 62, 60
    GUT = 18
    CW = (PW - LM - RM - GUT) / 2
    TITLE_H = 150
    TABLE_H = 235
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6,
                          spaceAfter=4)
    records: dict[str, dict] = {}

    class NumPara(Paragraph):
        label = None

        def split(self, aW, aH):
            parts = super().split(aW, aH)
            for i, pt in enumerate(parts):
                pt.label = self.label if i == 0 else None
                pt.cont_of = self.label if i > 0 else getattr(self, "cont_of", None)
            return parts

        def draw(self):
            pg = self.canv.getPageNumber()
            if self.label and self.label not in records:
                records[self.label] = {"page": pg}
            co = getattr(self, "cont_of", None)
            if co:
                records[co]["end_page"] = pg
            super().draw()

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(LM, PH - 38, f"Saltmarsh Bay Safeguarding Partnership  |  Child Safeguarding "
                                     f"Practice Review: Child J  |  {FICT}")
        canv.setLineWidth(0.4)
        canv.line(LM, PH - 43, PW - RM, PH - 43)
        canv.setFont("Helvetica", 8.5)
        canv.drawCentredString(PW / 2, 32, f"\u2013 {doc.page} \u2013")
        canv.restoreState()

    col_h_full = PH - TOP - BOT
    cols = lambda h, pid: [Frame(LM, BOT, CW, h, id=f"{pid}L", leftPadding=0, rightPadding=0),  # noqa: E731
                           Frame(LM + CW + GUT, BOT, CW, h, id=f"{pid}R", leftPadding=0, rightPadding=0)]
    first = PageTemplate("first", [Frame(LM, PH - TOP - TITLE_H, PW - LM - RM, TITLE_H, id="title", leftPadding=0, rightPadding=0), *cols(col_h_full - TITLE_H - 8, "f")], onPage=on_page)
    twocol = PageTemplate("twocol", cols(col_h_full, "c"), onPage=on_page)
    tablepage = PageTemplate("tablepage", [Frame(LM, PH - TOP - TABLE_H, PW - LM - RM, TABLE_H, id="table", leftPadding=0, rightPadding=0), *cols(col_h_full - TABLE_H - 8, "t")], onPage=on_page)
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[first, twocol, tablepage],
                          title=f"Child Safeguarding Practice Review: Child J ({FICT})",
                          author="Fictional test data", leftMargin=LM, rightMargin=RM,
                          topMargin=TOP, bottomMargin=BOT, invariant=1)

    story = []
    S = lambda name, **kw: ParagraphStyle(name, **kw)  # noqa: E731
    story += [
        Paragraph(f"<b>{FICT.upper()}</b>", S("f", fontName="Helvetica", fontSize=9, leading=12,
                                                 textColor=colors.HexColor("#8a1c1c"))),
        Spacer(1, 10),
        Paragraph("Child Safeguarding Practice Review", S("t", fontName="Helvetica-Bold", fontSize=22, leading=26)),
        Paragraph("Child J", S("t2", fontName="Helvetica", fontSize=16, leading=22)),
        Spacer(1, 8),
        Paragraph(f"Saltmarsh Bay Safeguarding Partnership &nbsp;&middot;&nbsp; Independent reviewer: "
                  f"{w.w['reviewer']} &nbsp;&middot;&nbsp; Published October {w.w['y3']}",
                  S("m", fontName="Helvetica", fontSize=9.5, leading=13)),
        Spacer(1, 8),
        Paragraph("This report is entirely fictional. It was produced to test document-processing software; "
                  "all names, places, agencies and events are invented. Paragraphs are numbered "
                  "consecutively throughout.",
                  S("a", fontName="Helvetica-Oblique", fontSize=9, leading=12)),
        FrameBreak(),
        NextPageTemplate("twocol"),
    ]
    n = 0
    order = []
    xrefs = {"6": "31", "19": "8", "33": "24"}
    for heading, theme, count, table_before in TWOCOL_PLAN:
        if table_before:
            story += [NextPageTemplate("tablepage"), PageBreak()]
            rows = [["Date", "Agency", "Contact", "Outcome"]]
            y1, y2, y3 = w.w["y1"], w.w["y2"], w.w["y3"]
            rows += [
                [f"Mar {y1}", "Estuary Police Service", "Domestic incident at family home", "Notification to children's social care"],
                [f"Jun {y1}", "Health visiting", "Two-year review; speech delay noted", "Referral to speech and language therapy"],
                [f"Nov {y1}", "Gullcote Primary School", "Sibling disclosed shouting at home", "Referral to front door; no further action"],
                [f"Feb {y2}", "Children's social care", "Child and family assessment", "Child in need plan"],
                [f"Aug {y2}", "Saltmarsh Bay Health Trust", "Emergency department: burn to hand", "Discharged; no safeguarding referral"],
                [f"Dec {y2}", "Children's social care", "Child in need review", "Case closed; step-down to early help"],
                [f"Apr {y3}", "Harbour Street Surgery", "Missed immunisation appointments", "Letter sent to family"],
                [f"Jul {y3}", "Estuary Police Service", "Serious incident", "Child J admitted to hospital"],
            ]
            cell = S("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
            data = [[Paragraph(c, cell) for c in r] for r in rows]
            tw = PW - LM - RM
            tbl = Table(data, colWidths=[0.11 * tw, 0.22 * tw, 0.35 * tw, 0.32 * tw], repeatRows=1)
            tbl.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7ef")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a8a99")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [Paragraph("Table 1. Summary of agency contacts during the review period",
                                S("cap", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=6)),
                      tbl, FrameBreak(), NextPageTemplate("twocol")]
        story += [CondPageBreak(60), Paragraph(heading, head)]  # CondPageBreak = next frame
        for _ in range(count):
            n += 1
            label = str(n)
            text = w.paragraph(theme, 100, 250, xref=xrefs.get(label))
            p = NumPara(f"<b>{label}.</b>&nbsp;&nbsp;{html.escape(text)}", body)
            p.label = label
            story.append(p)
            order.append((label, text))
    doc.build(story)
    key = []
    for label, text in order:
        r = records[label]
        extra = {"end_page": r["end_page"]} if r.get("end_page") and r["end_page"] != r["page"] else {}
        key.append(entry(label, r["page"], text, printed=label + ".", **extra))
    return key, doc.page


# ================================================================ checks ===
LABEL_RE = re.compile(r"^\d+(\.\d+)*\.?$")


def lines_of(page, x0=None, x1=None, top=0, bottom=None):
    """Text lines of a (possibly cropped) pdfplumber page: list of (x0, [words])."""
    if x0 is not None:
        page = page.crop((x0, top, x1, bottom if bottom is not None else page.height))
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: dict[int, list] = {}
    for wd in words:
        k = round(wd["top"] / 2.5)
        rows.setdefault(k, []).append(wd)
    out = []
    for k in sorted(rows):
        ws = sorted(rows[k], key=lambda d: d["x0"])
        out.append((ws[0]["x0"], [d["text"] for d in ws], ws[0]["top"]))
    return out


def check_pdf(path: Path, key: list, columns=None, label_x=None):
    """Verify every label begins a line on its claimed page and is followed by starts_with."""
    import pdfplumber

    problems, traps = [], []
    with pdfplumber.open(str(path)) as pdf:
        pages_lines = []
        for pg in pdf.pages:
            if columns:
                L = []
                for (a, b, t, bt) in columns(pg):
                    L += [("col", a, *ln) for ln in lines_of(pg, a, b, t, bt)]
            else:
                L = [("page", 0, *ln) for ln in lines_of(pg)]
            pages_lines.append(L)
        found_at = {}
        for pi, L in enumerate(pages_lines, start=1):
            for (_, _cx, x0, ws, top) in L:
                if not ws:
                    continue
                first = ws[0]
                if LABEL_RE.match(first):
                    found_at.setdefault(first, []).append((pi, x0, ws, top))
        labels = {e.get("printed", e["label"]) for e in key}
        for e in key:
            hits = found_at.get(e.get("printed", e["label"]), [])
            hit = None
            for (pi, x0, ws, _top) in hits:
                if pi != e["page"]:
                    continue
                if label_x is not None and abs(x0 - label_x) > 2:
                    continue
                sw = " ".join(ws[1:])
                want = e["starts_with"]
                if sw.startswith(want) or want.startswith(sw) or sw[:25] == want[:25]:
                    hit = (pi, x0, ws, top)
                    break
            if not hit:
                problems.append(f"{path.name}: {e['label']} not found at line start on page {e['page']} "
                                f"(candidates: {[(h[0], round(h[1], 1), ' '.join(h[2][:5])) for h in hits]})")
        # traps: label-like tokens at the start of a line that are NOT paragraph starts
        for tok, hits in found_at.items():
            for (pi, x0, ws, _top) in hits:
                is_para = tok in labels and any(e.get("printed", e["label"]) == tok and e["page"] == pi and
                                                (label_x is None or abs(x0 - label_x) <= 2)
                                                for e in key)
                if not is_para:
                    traps.append({"page": pi, "x0": round(x0, 1), "line": " ".join(ws[:10])})
        npages = len(pdf.pages)
    return problems, traps, npages


def check_docx(path: Path, key: list, headings: list):
    """Re-read the .docx, simulate Word list numbering from numbering.xml and compare with the key.

    Model: counters are kept per abstractNum (Word continues a list across w:num instances that share
    an abstractNum) and a w:num with lvlOverride/startOverride resets that level the first time it is
    used. A level-0 item resets level 1. numPr is taken from the paragraph, else from its style chain.
    """
    import zipfile

    from lxml import etree

    ns = {"w": W_NS}
    z = zipfile.ZipFile(path)
    docx_xml = etree.fromstring(z.read("word/document.xml"))
    num_xml = etree.fromstring(z.read("word/numbering.xml"))
    sty_xml = etree.fromstring(z.read("word/styles.xml"))
    W = f"{{{W_NS}}}"
    absmap, overrides = {}, {}
    for n in num_xml.findall("w:num", ns):
        nid = n.get(W + "numId")
        absmap[nid] = n.find("w:abstractNumId", ns).get(W + "val")
        overrides[nid] = {o.get(W + "ilvl"): int(o.find("w:startOverride", ns).get(W + "val"))
                          for o in n.findall("w:lvlOverride", ns) if o.find("w:startOverride", ns) is not None}
    fmt = {}
    for a in num_xml.findall("w:abstractNum", ns):
        for lv in a.findall("w:lvl", ns):
            fmt[(a.get(W + "abstractNumId"), lv.get(W + "ilvl"))] = (
                lv.find("w:numFmt", ns).get(W + "val"), lv.find("w:lvlText", ns).get(W + "val"))
    styles = {s.get(W + "styleId"): s for s in sty_xml.findall("w:style", ns)}

    def style_numpr(sid):
        while sid:
            s = styles.get(sid)
            if s is None:
                return None
            np_ = s.find("w:pPr/w:numPr", ns)
            if np_ is not None:
                return np_
            b = s.find("w:basedOn", ns)
            sid = b.get(W + "val") if b is not None else None
        return None

    counters, started = {}, set()
    got_paras, got_heads, problems = [], [], []
    for p in docx_xml.iter(W + "p"):
        np_ = p.find("w:pPr/w:numPr", ns)
        if np_ is None:
            ps = p.find("w:pPr/w:pStyle", ns)
            np_ = style_numpr(ps.get(W + "val")) if ps is not None else None
        if np_ is None:
            continue
        nid = np_.find("w:numId", ns).get(W + "val")
        ilvl = np_.find("w:ilvl", ns).get(W + "val")
        aid = absmap[nid]
        kind, text_fmt = fmt[(aid, ilvl)]
        if kind == "bullet":
            continue
        c = counters.setdefault(aid, [0, 0, 0])
        if nid not in started:
            started.add(nid)
            for lv, v in overrides[nid].items():
                c[int(lv)] = v - 1
        i = int(ilvl)
        c[i] += 1
        for j in range(i + 1, len(c)):
            c[j] = 0
        label = text_fmt
        for j in range(3):
            label = label.replace(f"%{j + 1}", str(c[j]))
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        if re.match(r"^\s*\d", text):
            problems.append(f"{path.name}: paragraph text starts with a typed number: {text[:30]!r}")
        (got_heads if i == 0 else got_paras).append((label, first_words(text, 8)))
    want = [(e["label"], e["starts_with"]) for e in key]
    if got_paras != want:
        problems.append(f"{path.name}: simulated numbering differs from key: "
                        f"{[(g, w_) for g, w_ in zip(got_paras, want, strict=False) if g != w_][:3]}")
    want_h = [(h["rendered_number"], h["text"]) for h in headings if "rendered_number" in h]
    if [(a, b) for a, b in got_heads] != [(a, first_words(b, 8)) for a, b in want_h]:
        problems.append(f"{path.name}: level-0 titles differ: {got_heads} vs {want_h}")
    return problems


def check_html(path: Path, key: list):
    """Parse the HTML, take the report paragraphs with a para-no span, compare with the key."""
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.paras, self.cur, self.in_span, self.in_p = [], None, False, False

        def handle_starttag(self, tag, attrs):
            if tag == "p":
                self.in_p, self.cur = True, {"label": None, "text": ""}
            if tag == "span" and ("class", "para-no") in attrs and self.in_p:
                self.in_span = True

        def handle_endtag(self, tag):
            if tag == "span":
                self.in_span = False
            if tag == "p" and self.in_p:
                self.in_p = False
                if self.cur["label"]:
                    self.paras.append(self.cur)

        def handle_data(self, d):
            if self.in_span:
                self.cur["label"] = d.strip()
            elif self.in_p:
                self.cur["text"] += d

    pr = P()
    pr.feed(path.read_text(encoding="utf-8"))
    got = [(p["label"], first_words(p["text"], 8)) for p in pr.paras]
    want = [(e["label"], e["starts_with"]) for e in key]
    if got != want:
        return [f"{path.name}: parsed paragraphs differ from key: "
                f"{[(g, w_) for g, w_ in zip(got, want, strict=False) if g != w_][:3]} ({len(got)} vs {len(want)})"]
    return []


# ================================================================== main ===
def main(out: Path = OUT) -> None:
    global OUT
    OUT = Path(out)
    OUT.mkdir(parents=True, exist_ok=True)
    expected = {
        "_about": (f"{FICT}. Answer key for blind tests of the paragraph cutter. Every document is "
                   "entirely fictional. 'page' is the 1-based physical page on which the numbered "
                   "paragraph STARTS (null = cannot be known without rendering, or HTML). 'starts_with' = "
                   "first 8 whitespace-separated words of the paragraph text after its number; 'ends_with' "
                   "= last 6 words of the whole paragraph (including any bullets/list items and text after "
                   "them, excluding footnote markers and footnote text). 'end_page', where present, is the "
                   "page on which a paragraph that crosses a page (or column-to-page) break ends."),
        "regenerate": "/work/main/.venv/bin/python /work/main/blind/make.py",
    }
    all_problems = []

    # 1 hanging (two passes so the contents page shows real page numbers)
    p = OUT / "blind-hanging.pdf"
    _, sec_pages, _, _ = make_hanging(p)
    key, sec_pages2, _npages, tsrc = make_hanging(p, sec_pages)
    assert sec_pages == sec_pages2
    LM_PT = (25.0 + 1.0) / 25.4 * 72  # fpdf2 cell() adds a 1 mm cell margin
    probs, traps, np_ = check_pdf(p, key, label_x=LM_PT)
    all_problems += probs
    crossing = [e["label"] for e in key if "end_page" in e]
    expected["blind-hanging.pdf"] = {
        "generator": "fpdf2 (DejaVu Serif); hanging indent: number at x=25mm, text at x=37mm",
        "pages": np_,
        "paragraph_count": len(key),
        "section_headings": [{"text": f"{no}. {t}", "page": sec_pages[no]} for no, t, _, _ in HANGING_PLAN],
        "features": {
            "running_header": "report title + FICTIONAL notice on every page (incl. title page)",
            "footer": "'Page N of M' on every page",
            "contents_page": "page 2 lists section numbers and page numbers (not paragraphs)",
            "footnotes": [{"in_paragraph": e["label"], **e["footnote"]} for e in key if "footnote" in e],
            "table": tsrc.get("table"),
            "bulleted_list_in": HANGING_BULLETS_IN,
            "paragraphs_crossing_page_break": crossing,
        },
        "non_paragraph_lines_starting_with_a_number": traps,
        "paragraphs": key,
    }

    # 2 legal docx
    p = OUT / "blind-legal.docx"
    key, heads, _last_page, notes = make_legal(p)
    all_problems += check_docx(p, key, heads)
    expected["blind-legal.docx"] = {
        "generator": "python-docx + hand-written numbering.xml (abstractNum 90: '%1.' / '%1.%2')",
        "paragraph_count": len(key),
        "page_note": ("Pages are given only where they are certain from explicit breaks: pages 1-6 hold "
                      "deliberately little text and each ends with an explicit page break, a "
                      "page-break-before paragraph, or a section break. From the second paragraph of "
                      "section 4 onwards the text flows freely, so 'page' is null and 'page_min' gives "
                      "the lower bound implied by the explicit breaks. The appendix starts after an "
                      "explicit page break."),
        "numbering_note": ("No paragraph number is typed in the text. Part One paragraphs get their "
                           "number ONLY from their paragraph style (style SCRNumberedPara carries numPr "
                           "numId=101 ilvl=1; SCRSectionTitle carries ilvl=0). Part Two paragraphs carry "
                           "a direct numPr numId=101 as well. Appendix A uses numId=102, which points to "
                           "the SAME abstractNum with lvlOverride/startOverride=1, so its numbering "
                           "restarts at 1. / 1.1 (labels 1.1, 1.2, ... appear twice in the document; "
                           "see 'part'). Level-0 items ('1. Introduction') are short numbered section "
                           "titles, listed in section_headings, not as paragraphs. Bullets use numId=103 "
                           "(abstractNum 91) and belong to the preceding numbered paragraph."),
        "notes": notes,
        "section_headings": heads,
        "paragraphs": key,
    }

    # 3 cms html
    p = OUT / "blind-cms.html"
    key, gloss, _recs = make_cms(p)
    all_problems += check_html(p, key)
    expected["blind-cms.html"] = {
        "paragraph_count": len(key),
        "notes": ("Numbers are in <span class=\"para-no\">. Boilerplate outside <main>/<article> "
                  "(cookie banner, header nav, breadcrumb, footer) and the 'On this page' nav and "
                  "'Related pages' aside are not report text. Paragraph 5.1 is a lead-in followed by an "
                  "<ol> of 5 recommendations; the <ol> items are NOT paragraph numbers and belong to "
                  "5.1. The Glossary <dl> at the end has no paragraph numbers. Section headings are "
                  "<h2>N. Title</h2>; section 3 has <h3> sub-headings."),
        "glossary_terms": gloss,
        "paragraphs": key,
    }

    # 4 twocol
    p = OUT / "blind-twocol.pdf"
    key, _npages = make_twocol(p)

    def columns(pg):
        mid = pg.width / 2  # body area only: running header above y=50pt, page number below 790pt
        return [(0, mid, 50, 790), (mid, pg.width, 50, 790)]
    probs, traps, np_ = check_pdf(p, key, columns=columns)
    all_problems += probs
    expected["blind-twocol.pdf"] = {
        "generator": "reportlab platypus, BaseDocTemplate with two column frames",
        "pages": np_,
        "paragraph_count": len(key),
        "notes": ("Body in two columns (left column x=50-288.5pt, right x=306.5-545pt). Labels are "
                  "written '12.' in bold, inline, followed by the text. Page 1 has a full-width title "
                  "block; the page on which 'What happened' starts has a full-width table at the top "
                  "(then two columns below). Section headings in the columns are unnumbered. "
                  "'end_page' is given when a paragraph continues onto a later page."),
        "table_page": next((e["page"] for e in key if e["label"] == str(sum(c for _, _, c, _ in TWOCOL_PLAN[:3]) + 1)), None),
        "non_paragraph_lines_starting_with_a_number": traps,
        "paragraphs": key,
    }

    (OUT / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    for f in ("blind-hanging.pdf", "blind-legal.docx", "blind-cms.html", "blind-twocol.pdf"):
        d = expected[f]
        print(f"{f}: {d['paragraph_count']} numbered paragraphs"
              + (f", {d['pages']} pages" if "pages" in d else ""))
    if all_problems:
        print("ANSWER-KEY CHECK FAILED:")
        for pr in all_problems:
            print("  " + pr)
        sys.exit(1)
    print("answer key verified: PDFs against pdfplumber text, DOCX against simulated Word numbering, HTML against html.parser")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
