"""manual.docx: numbers typed in the text ('3.1<w:tab/>text') with a hanging-indent
style, Heading 1 headings after explicit page breaks, a TOC field at the start,
and one paragraph split by a soft line break (<w:br/>)."""
from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from pathlib import Path

import docx
from common import DISCLAIMER, FICTIONAL, check, entry, unique_windows
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from prose import Writer, write_all

TITLE = "Practice Learning Review: Child X"
SECTIONS = [
    ("1 Introduction", "1", ["intro"] * 4),
    ("2 The family and the review period", "2", ["family", "family", "chrono", "chrono", "chrono", "chrono"]),
    ("3 Findings", "3", ["analysis"] * 5),
    ("4 Learning for the partnership", "4", ["finding"] * 3),
    ("5 Recommendations", "5", ["rec"] * 3),
]
SOFT_BREAK = "3.2"
FIXED = dt.datetime(2024, 2, 29, 9, 30, 0)


def _fld_run(p, kind: str, instr: str | None = None):
    r = p.add_run()
    if kind == "instr":
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = instr
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    r._r.append(el)
    return r


def _page_field(p):
    _fld_run(p, "begin")
    _fld_run(p, "instr", " PAGE ")
    _fld_run(p, "separate")
    p.add_run("1")
    _fld_run(p, "end")


def _deterministic_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2024, 2, 29, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def build(out: Path) -> dict:
    W = Writer("docx", "docx-v1", n_events=20, n_chrono=4)
    plan = []
    for si, (_h, num, kinds) in enumerate(SECTIONS):
        for i, k in enumerate(kinds, 1):
            plan.append((si, f"{num}.{i}", k))
    texts = write_all(W, [k for _s, _l, k in plan])
    paras = [(si, lab, t) for (si, lab, _k), t in zip(plan, texts, strict=True)]

    d = docx.Document()
    cp = d.core_properties
    cp.title = f"{TITLE} ({FICTIONAL})"
    cp.author = "Fictional reviewer"
    cp.last_modified_by = "blind3/make.py"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = "Entirely fictional document generated for software testing."

    st = d.styles
    normal = st["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    nps = st.add_style("Numbered Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    nps.base_style = normal
    nps.quick_style = True
    pf = nps.paragraph_format
    pf.left_indent = Cm(1.27)
    pf.first_line_indent = Cm(-1.27)
    pf.tab_stops.add_tab_stop(Cm(1.27))
    pf.space_after = Pt(8)
    toc1 = st.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
    toc1.base_style = normal
    toc1.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    toc1.paragraph_format.space_after = Pt(4)

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = f"{TITLE} \u2013 {FICTIONAL}"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    _page_field(fp)

    p = d.add_paragraph()
    p.add_run(FICTIONAL).bold = True
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("Hallowmere Safeguarding Partnership \u2013 April 2024")
    d.add_paragraph(DISCLAIMER).runs[0].italic = True
    cont = d.add_paragraph()
    cont.add_run("Contents").bold = True

    # estimated page numbers for the cached TOC result (each Heading 1 starts a page)
    words_per_page = 430
    toc = []
    page = 2
    for si, (head, _n, _k) in enumerate(SECTIONS):
        toc.append((head, page))
        wc = sum(len(t.split()) for s2, _l, t in paras if s2 == si) + 30
        page += max(1, math.ceil(wc / words_per_page))
    for i, (head, pg) in enumerate(toc):
        tp = d.add_paragraph(style="TOC 1")
        if i == 0:
            _fld_run(tp, "begin")
            _fld_run(tp, "instr", ' TOC \\o "1-3" \\h \\z \\u ')
            _fld_run(tp, "separate")
        tp.add_run(f"{head}\t{pg}")
        if i == len(toc) - 1:
            _fld_run(tp, "end")

    cur = None
    entries = []
    for si, lab, text in paras:
        if si != cur:
            br = d.add_paragraph()
            br.add_run().add_break(WD_BREAK.PAGE)
            d.add_heading(SECTIONS[si][0], level=1)
            cur = si
        np_ = d.add_paragraph(style="Numbered Paragraph")
        np_.add_run(f"{lab}\t")
        extra = {}
        if lab == SOFT_BREAK:
            ws = text.split()
            ends = [i for i, w in enumerate(ws) if w.endswith(".") and 12 <= i <= len(ws) - 12]
            cut = ends[len(ends) // 2] + 1
            r = np_.add_run(" ".join(ws[:cut]))
            r.add_break()  # <w:br/> with no type: a soft line break inside the paragraph
            np_.add_run(" ".join(ws[cut:]))
            extra = {"soft_line_break": True, "text_after_break_starts": " ".join(ws[cut:cut + 6])}
        else:
            np_.add_run(text)
        entries.append(entry(lab, text, section=SECTIONS[si][0], **extra))
    closing = d.add_paragraph()
    closing.add_run("End of report. ").bold = True
    closing.add_run("This fictional document was produced for software testing.")

    buf = io.BytesIO()
    d.save(buf)
    (out / "manual.docx").write_bytes(_deterministic_zip(buf.getvalue()))
    for e in entries:
        check(80 <= e["word_count"] <= 350, f"manual.docx {e['label']}: {e['word_count']} words")
    unique_windows(entries, "manual.docx")
    return {
        "paragraphs": entries,
        "notes": {
            "pages": "DOCX has no fixed pagination: page and printed_page are null.",
            "numbering": "Numbers are typed text, not Word list numbering: '<w:t>3.1</w:t><w:tab/>' in "
                         "the first run, then the text in a second run. Style 'Numbered Paragraph': left "
                         "indent 1.27 cm, first-line indent -1.27 cm (hanging), tab stop at 1.27 cm.",
            "headings": "Heading 1 with typed numbers ('3 Findings'); each is preceded by an empty "
                        "paragraph holding <w:br w:type=\"page\"/>.",
            "toc": "Complex TOC field (fldChar begin / instrText TOC \\o \"1-3\" \\h \\z \\u / separate "
                   "... end) spanning five 'TOC 1' paragraphs with cached text such as "
                   f"'{toc[2][0]}<TAB>{toc[2][1]}' (page numbers are estimates, dot-leader tab). These are "
                   "not numbered paragraphs.",
            "soft_line_break": f"Paragraph {SOFT_BREAK} contains an untyped <w:br/> mid-paragraph; both "
                               "halves belong to it.",
            "unnumbered": "Front matter (notice, title, 'Contents') and a closing 'End of report.' "
                          "paragraph are not numbered paragraphs. Header holds the title and FICTIONAL "
                          "notice; footer holds 'Page' + PAGE field.",
        },
    }
