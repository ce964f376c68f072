"""A FICTIONAL tagged PDF (tests/test_actual_text.py), written object by object: paragraph 4.2's number drawn as a
graphic, a word's "fi" as a glyph with no Unicode mapping and 4.4's drop cap as two bars, each inside a
marked-content sequence whose /ActualText spells it; a figure with /Alt text. Every name and finding is invented."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.support.blindkit.rawpdf import RawPDF, pdf_text

PARAS = [
    ("4.1", "The panel found that the school knew of the missed appointments in the spring term (fictional)."),
    ("4.2", "The health visitor {fi}rst saw the bruising in May and recorded it without a referral to anyone."),
    ("4.3", "The review asks the partnership to test how often such records are shared before a child is seen."),
]

# paragraph 4.4's lines, its first word's "T" a drop cap drawn beside the first three
DROP_CAP_LINES = ["he nursery manager saw the child arrive hungry on several",
                  "mornings in the spring and told the family support",
                  "worker each time, but no one asked why the mornings",
                  "went on as they did until the summer (fictional)."]


def _line(x: float, y: float, text: str) -> str:
    return f"BT /F1 10 Tf {x} {y} Td {pdf_text(text)} Tj ET\n"


def tagged_pdf(path: Path, graphic_number: bool = True, whole_line: bool = False, drop_cap: bool = True) -> Path:
    """The review's page; ``graphic_number=False`` prints 4.2's number as text; ``whole_line`` wraps 4.3's line in
    an /ActualText of its own words (a tool tagging whole lines), which changes nothing; ``drop_cap=False`` leaves
    4.4's drop cap out."""
    pdf = RawPDF()
    font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    odd = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /FictionalSans /Encoding << /Type /Encoding "
                  "/BaseEncoding /WinAnsiEncoding /Differences [31 /g31] >> /FirstChar 31 /LastChar 31 "
                  "/Widths [556] >>")
    ops = _line(72, 780, "Learning review of Child T (fictional): findings")
    y = 740
    for number, text in PARAS:
        before, _, after = text.partition("{fi}")
        if number == "4.2" and graphic_number:  # the number a graphic: three small bars, spelt by ActualText
            ops += f"/Span <</ActualText (4.2)>> BDC q 0 g 72 {y} 4 8 re f 78 {y} 2 2 re f 82 {y} 4 8 re f Q EMC\n"
        else:
            ops += _line(72, y, number)
        if after:
            ops += _line(92, y, before)
            width = stringWidth(before, "Helvetica", 10)  # where the odd glyph goes
            ops += f"/Span <</ActualText (fi)>> BDC BT /F2 10 Tf {92 + width:.2f} {y} Td <1F> Tj ET EMC\n"
            ops += _line(92 + width + 5.56, y, after)
        elif number == "4.3" and whole_line:
            ops += f"/Span <</ActualText {pdf_text(text)}>> BDC " + _line(92, y, text) + "EMC\n"
        else:
            ops += _line(92, y, text)
        y -= 30
    # 4.4 opens with a drop cap "T" drawn as two bars over three lines, spelt by ActualText
    ops += _line(72, y, "4.4")
    if drop_cap:
        ops += f"/Span <</ActualText (T)>> BDC q 0 g 92 {y + 1} 20 6 re f 99 {y - 24} 6 31 re f Q EMC\n"
    for k, words in enumerate(DROP_CAP_LINES):
        ops += _line(116 if k < 3 else 92, y - 12 * k, words)
    ops += "/Figure <</Alt (A chart of referrals by month, fictional) /MCID 0>> BDC q 0.5 g 72 560 200 60 re f Q EMC\n"
    content = pdf.add(pdf.stream(ops))
    pages = pdf.new()
    page = pdf.add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                   f"/Resources << /Font << /F1 {font} 0 R /F2 {odd} 0 R >> >> >>")
    pdf.put(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    root = pdf.add(f"<< /Type /Catalog /Pages {pages} 0 R /MarkInfo << /Marked true >> >>")
    info = pdf.add("<< /Title (Learning review of Child T \\(fictional\\)) /Producer (FICTIONAL test writer) >>")
    path.write_bytes(pdf.render(root, info))
    return path
