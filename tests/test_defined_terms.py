"""A glossary set as a definition list, in a PDF and in a Word document (parse/defined_terms.py): each bold term on a
line of its own, its definition set in under it, reads as the glossary's rows ("WNB | Was not brought: ..."), never as
headings over one-paragraph sections; bold subheadings over paragraphs elsewhere stay headings. The review is
FICTIONAL."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.passages import cut_passages

TERMS = [("WNB", "Was not brought: a child whose appointment was missed because no adult brought them to it."),
         ("Early help", "Support offered to a family before problems reach the threshold for statutory services."),
         ("Strategy discussion", "A meeting of police, health and children's social care when a child may be at "
                                 "risk of significant harm."),
         ("MASH", "The multi-agency safeguarding hub that receives and screens referrals about children.")]


def _pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, y, "Learning review: Child W, Ashcombe (fictional)")
    c.setFont("Helvetica", 9)
    c.drawString(72, y - 16, "FICTIONAL test document: every person, place and service named here is invented.")
    y -= 50
    for head, rows in (("What happened", [("The spring", "The school nurse saw Child W three times in the spring "
                                           "and recorded that he was tired and hungry on each visit."),
                                          ("The summer", "The family moved twice in the summer and the health "
                                           "visitor's letters went to an address they had left.")]),
                       ("Glossary", TERMS)):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, y, head)
        y -= 24
        for term, text in rows:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(72, y, term)
            y -= 15
            c.setFont("Helvetica", 11)
            c.drawString(94, y, text[:88])
            if text[88:]:
                y -= 15
                c.drawString(94, y, text[88:].strip())
            y -= 22
        y -= 10
    c.showPage()
    c.save()
    return path


def _docx(path: Path) -> Path:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.add_heading("Learning review: Child W, Ashcombe (fictional)", 1)
    doc.add_paragraph("FICTIONAL test document: every person, place and service named here is invented.")
    doc.add_heading("What happened", 2)
    doc.add_paragraph().add_run("The spring").bold = True
    doc.add_paragraph("The school nurse saw Child W three times in the spring and recorded that he was tired and "
                      "hungry on each visit.")
    doc.add_heading("Glossary", 2)
    for term, text in TERMS:
        doc.add_paragraph().add_run(term).bold = True
        doc.add_paragraph(text).paragraph_format.left_indent = Pt(22)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("write", [_pdf, _docx], ids=["pdf", "docx"])
def test_a_glossary_set_as_a_definition_list_reads_as_its_rows(tmp_path, write):
    passages = cut_passages(parse(write(tmp_path / f"review.{write.__name__[1:]}")).blocks, "r")
    for term, text in TERMS:
        row = [p for p in passages if p.text.startswith(f"{term} | {text[:30]}")]
        assert row and row[0].section and row[0].section.endswith("Glossary"), term
    spring = next(p for p in passages if "three times in the spring" in p.text)
    assert spring.section and spring.section.endswith("The spring") and " | " not in spring.text
