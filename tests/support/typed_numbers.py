"""A FICTIONAL review's findings with their numbers typed as authors type them (tests/test_typed_numbers.py): "1. 2",
"1 .3", "1.4.", "1,5", "(1.6)", "1.7)", a tab and a no-break space after the number, 1.10 skipped, 1.11 typed twice,
1.13 before 1.12, "(a)" to "(c)" under 1.14, "1.15a" and "1.15b", and 1.16 on a line of its own above its text. Written
as a Word document and as a PDF drawn line by line. Every name and finding is invented."""

from __future__ import annotations

from pathlib import Path

SAW = "The health visitor saw the family {k} times in the spring and recorded each visit, but no referral followed."
PARAS = [
    ("1.1", "1.1 "), ("1.2", "1. 2 "), ("1.3", "1 .3 "), ("1.4", "1.4. "), ("1.5", "1,5 "), ("1.6", "(1.6) "),
    ("1.7", "1.7) "), ("1.8", "1.8\t"), ("1.9", "1.9\u00a0"), ("1.11", "1.11 "), ("1.11", "1.11 "), ("1.13", "1.13 "),
    ("1.12", "1.12 "),
]
LIST = ["1.14 The review found three things:", "(a) the nursery did not share its concerns about the bruising;",
        "(b) the school nurse was not told of the earlier referral; and",
        "(c) nobody asked the child what she wanted to happen next."]
TAIL = [("1.15a", "1.15a "), ("1.15b", "1.15b "), ("1.16", "1.16\n"), ("1.17", "1.17 ")]
TITLE = "Learning review: Child P (fictional)"
LABEL = "FICTIONAL test document: every person, place and service named here is invented."


def lines() -> list[str]:
    """The paragraphs as typed ("\\n": the number on a line of its own), in order."""
    typed = [number + SAW.format(k=k) for k, (_, number) in enumerate(PARAS, start=1)]
    return typed + LIST + [number + SAW.format(k=20 + k) for k, (_, number) in enumerate(TAIL)]


def labels() -> list[str]:
    return [label for label, _ in PARAS] + ["1.14"] + [label for label, _ in TAIL]


def docx_file(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading(TITLE, 1)
    doc.add_paragraph(LABEL)
    doc.add_heading("1 Findings", 2)
    for text in lines():
        for part in text.split("\n"):
            doc.add_paragraph(part)
    doc.save(str(path))
    return path


def pdf_file(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, y, TITLE)
    c.setFont("Helvetica", 9)
    c.drawString(56, y - 16, LABEL)
    y -= 50
    c.setFont("Helvetica", 10)
    for text in lines():
        for part in text.split("\n"):
            for line in simpleSplit(part.replace("\t", "    "), "Helvetica", 10, 480):
                c.drawString(56, y, line)
                y -= 13
        y -= 6
    c.showPage()
    c.save()
    return path
