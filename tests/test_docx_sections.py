"""Word section breaks start a new page unless continuous; a numbered section title is a heading, not a
paragraph ("2. Background" glued to the end of ¶1.2). Documents are invented and built with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from inquiry_lessons.index.ingest.parse.docx import _title_like, parse_docx


@pytest.mark.parametrize(("start", "page"), [(WD_SECTION.NEW_PAGE, 3), (WD_SECTION.ODD_PAGE, 3),
                                             (WD_SECTION.CONTINUOUS, 2)])
def test_a_section_break_starts_a_new_page_unless_continuous(tmp_path: Path, start, page: int):
    doc = Document()
    doc.add_paragraph("The first section of an invented review ends here.")
    doc.add_page_break()  # a page break elsewhere, so that pages are counted at all
    doc.add_paragraph("The second section's only paragraph.")
    doc.add_section(start)
    doc.add_paragraph("The third section begins after a section break.")
    path = tmp_path / "sections.docx"
    doc.save(str(path))
    blocks = parse_docx(path).blocks
    assert [b.page for b in blocks] == [1, 2, page]


def _para(xml: str):
    return parse_xml(f"<w:p {nsdecls('w')}>{xml}</w:p>")


@pytest.mark.parametrize(("text", "xml", "title"), [
    ("Background", "<w:r><w:rPr><w:b/></w:rPr><w:t>Background</w:t></w:r>", True),
    ("Background", "<w:pPr><w:keepNext/></w:pPr><w:r><w:t>Background</w:t></w:r>", True),
    ("Background", "<w:r><w:rPr><w:b w:val='0'/></w:rPr><w:t>Background</w:t></w:r>", False),
    ("The family moved in 2019.", "<w:r><w:rPr><w:b/></w:rPr><w:t>The family moved in 2019.</w:t></w:r>", False),
    ("Background", "<w:r><w:t>Background</w:t></w:r>", False),
])
def test_a_numbered_paragraph_is_a_section_title_when_short_unpunctuated_and_bold_or_kept_with_next(
        text: str, xml: str, title: bool):
    assert _title_like(text, _para(xml), Document(), "") is title
