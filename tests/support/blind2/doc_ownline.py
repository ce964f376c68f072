"""own-line.pdf (fpdf2): bold paragraph number alone on its own line. FICTIONAL test material."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pdfcheck
import prose
import reportlab
from common import HE, Para, check_paras, fill, seeds, slots_for
from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONTS = Path(reportlab.__file__).parent / "fonts"
FIXED = datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC)
MM = 72 / 25.4

SLOTS = slots_for(S="Child T", M="Mother", m="Mother", **HE)

SECTIONS = [
    ("1", "Introduction", [["I1"], ["I2", "I5"], ["I3"], ["I4", "I6"]]),
    ("2", "Background", [["B1"], ["B2", "B3"], ["B4", "B8"], ["B5", "B6"], ["B7"]]),
    ("3", "Key episodes", [["E1", "E2"], ["E3"], ["E4"], "QUOTE", ["E6", "E7"], ["E8"], ["E9", "E10"],
                           ["E11"], ["E12"]]),
    ("4", "Findings", [["A1", "A2"], ["A3", "A8"], ["CA1"], ["CA2", "CA3"], ["A4", "A5"], ["A6"],
                       ["A7"], ["CA4"], ["CA5", "A9"], ["A10", "A11"], ["A12", "L6"]]),
    ("5", "Learning", [["L1"], ["L2", "L3"], ["L4", "L5"]]),
    ("6", "Recommendations", [["R1", "R2"], ["R3", "R4"], ["R5", "R6"]]),
]

L_MARGIN = 25.0
TOP = 22.0
BREAK = 24.0
FS = 11.5
LH = 6.4
QFS = 10.5
QLH = 5.6
QINDENT = 12.0


class _PDF(FPDF):
    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-17)
        self.set_font("Vera", "", 9)
        self.cell(0, 6, str(self.page_no()), align="C")


def _paras() -> list[tuple[str, list[Para]]]:
    out = []
    for num, title, specs in SECTIONS:
        ps = []
        for k, spec in enumerate(specs, start=1):
            label = f"{num}.{k}"
            if spec == "QUOTE":
                lead = fill(prose.SEEDS["E5"], SLOTS) + " " + fill(prose.OWNLINE_QUOTE_LEAD, SLOTS)
                quote = fill(prose.OWNLINE_QUOTE, SLOTS)
                after = fill(prose.OWNLINE_QUOTE_AFTER, SLOTS)
                ps.append(Para(label, f"{lead} {quote} {after}", extra={"lead": lead, "quote": quote, "after": after}))
            else:
                ps.append(Para(label, seeds(spec, SLOTS)))
        out.append((f"{num} {title}", ps))
    return out


def _render(sections, toc: dict[str, int] | None) -> tuple[bytes, dict[str, int]]:
    pdf = _PDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("FICTIONAL - Child Safeguarding Practice Review: Child T")
    pdf.set_author("Fictional test generator")
    pdf.add_font("Vera", "", str(FONTS / "Vera.ttf"))
    pdf.add_font("Vera", "B", str(FONTS / "VeraBd.ttf"))
    pdf.add_font("Vera", "I", str(FONTS / "VeraIt.ttf"))
    pdf.set_margins(L_MARGIN, TOP, L_MARGIN)
    pdf.set_auto_page_break(True, BREAK)
    width = pdf.w - 2 * L_MARGIN

    # ---- page 1: title page
    pdf.add_page()
    pdf.set_font("Vera", "B", 12)
    pdf.cell(0, 8, "FICTIONAL \u2013 for software testing", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Vera", "", 10)
    pdf.multi_cell(0, 5.5, "Every person, place, agency and event in this document is invented. It was written "
                   "to test document-processing software and describes no real case.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(90)
    pdf.set_font("Vera", "B", 22)
    pdf.multi_cell(0, 11, "Child Safeguarding Practice Review", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Vera", "B", 18)
    pdf.cell(0, 12, "Child T", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(20)
    pdf.set_font("Vera", "", 12)
    for line in ("Quillford Safeguarding Children Partnership (fictional)",
                 "Independent reviewer: Dr Imogen Halloway (fictional)",
                 "Published March 2025"):
        pdf.cell(0, 8, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # ---- page 2: contents
    pdf.add_page()
    pdf.set_font("Vera", "B", 14)
    pdf.cell(0, 10, "Contents", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Vera", "", 11.5)
    for heading, _ in sections:
        pno = "00" if toc is None else str(toc[heading])
        pdf.cell(width - 20, 8, heading)
        pdf.cell(20, 8, pno, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # ---- body
    pdf.add_page()
    heading_pages: dict[str, int] = {}
    first = True
    for heading, paras in sections:
        need = (0 if first else 5) + 9 + 3 + LH + 1 + 3 * LH
        if pdf.get_y() + need > pdf.page_break_trigger:
            pdf.add_page()
        if not first:
            pdf.ln(5)
        first = False
        pdf.set_font("Vera", "B", 14)
        pdf.cell(0, 9, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        heading_pages[heading] = pdf.page_no()
        pdf.ln(3)
        for p in paras:
            if pdf.get_y() + LH + 1 + 2 * LH > pdf.page_break_trigger:
                pdf.add_page()
            pdf.set_font("Vera", "B", FS)
            pdf.cell(0, LH, p.label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            p.page = pdf.page_no()
            pdf.ln(1)
            pdf.set_font("Vera", "", FS)
            if "quote" in p.extra:
                pdf.multi_cell(0, LH, p.extra["lead"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.5)
                pdf.set_font("Vera", "I", QFS)
                qw = width - 2 * QINDENT
                n = len(pdf.multi_cell(qw, QLH, p.extra["quote"], dry_run=True, output="LINES"))
                if pdf.get_y() + n * QLH > pdf.page_break_trigger:
                    pdf.add_page()
                pdf.set_x(L_MARGIN + QINDENT)
                pdf.multi_cell(qw, QLH, p.extra["quote"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                p.extra["quote_page"] = pdf.page_no()
                pdf.ln(2.5)
                pdf.set_font("Vera", "", FS)
                pdf.multi_cell(0, LH, p.extra["after"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(0, LH, p.text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            p.end_page = pdf.page_no()
            pdf.ln(4)
    return bytes(pdf.output()), heading_pages


def build(out: Path) -> dict:
    sections = _paras()
    paras = [p for _, ps in sections for p in ps]
    check_paras("own-line.pdf", paras)
    _, toc = _render(sections, None)
    data, toc2 = _render(sections, toc)
    if toc != toc2:
        raise AssertionError("own-line.pdf: contents page changed the layout")
    gen_pages = {p.label: (p.page, p.end_page) for p in paras}
    path = out / "own-line.pdf"
    path.write_bytes(data)

    H = 297 * MM
    W = 210 * MM
    body = [(0.0, 0.0, W, H - 19 * MM)]

    def label_ok(tok, toks, i):
        return tok["alone"]  # the number is alone on its line

    obs = pdfcheck.verify("own-line.pdf", path, paras, lambda pno, page: body,
                          lambda p: p.label, label_ok)
    for p in paras:
        if gen_pages[p.label][1] != p.end_page:
            raise AssertionError(f"own-line.pdf ¶{p.label}: generator end page {gen_pages[p.label][1]} "
                                 f"!= extracted {p.end_page}")
    # footer: a bare centred page number on every page but the first
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        npages = len(pdf.pages)
        for pno, page in enumerate(pdf.pages, start=1):
            foot = page.crop((0, H - 19 * MM, W, H)).extract_text().strip()
            if foot != ("" if pno == 1 else str(pno)):
                raise AssertionError(f"own-line.pdf p.{pno}: footer {foot!r}")
    if not obs["page_spans"]:
        raise AssertionError("own-line.pdf: no paragraph crosses a page break")
    qp = next(p for p in paras if "quote" in p.extra)
    notes = [
        "FICTIONAL – for software testing. fpdf2, A4, Bitstream Vera fonts.",
        "Each paragraph number is printed in bold alone on its own line; the text begins on the next line.",
        "Section headings are '1 Introduction' ... '6 Recommendations' (number, space, title) and are not paragraphs.",
        "Page 1 is a title page without footer; page 2 is a contents page whose lines end in page numbers ("
        + "; ".join(f"'{h} ... {n}'" for h, n in toc.items()) + "). The first numbered paragraph is on page 3.",
        "Footer: a bare centred page number equal to the physical page number (pages 2 onwards).",
        f"¶{qp.label} contains an indented italic quotation block (a school note, in curly quotes) between its "
        f"lead-in and its closing sentences; the quotation and the text after it belong to ¶{qp.label}.",
        "Labels 4.10 and 4.11 follow 4.9 (not decimals).",
        "Paragraphs continuing onto a later page (label: [start page, end page]) are listed in page_spans.",
    ]
    return {
        "paragraphs": [p.key() for p in paras],
        "notes": notes,
        "page_count": npages,
        "page_spans": obs["page_spans"],
        "contents_page": toc,
        "quote_block": {"in_paragraph": qp.label, "starts_with": " ".join(qp.extra["quote"].split()[:8]),
                        "page": qp.extra["quote_page"]},
    }
