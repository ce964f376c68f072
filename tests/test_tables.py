"""Tables as rows (one block per row: "label: text", "a | b | c"), glossary and definition tables written
"term | definition" so that answers never take them for findings, and the Word structures around tables
that real files carry (content controls, XML comments, frame tables, nested tables, odd numbering). All
text is fictional."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from inquiry_lessons.index.answer.findings import is_acronym_row, unit_is_finding
from inquiry_lessons.index.ingest.parse.common import is_frame_table, is_glossary_table, row_text
from inquiry_lessons.index.ingest.parse.docx import parse_docx
from inquiry_lessons.index.ingest.parse.numbering import WordNumbering
from inquiry_lessons.index.ingest.passages import cut_passages
from inquiry_lessons.index.segment import segments

GLOSSARY = [("WNB", "Was Not Brought: a child not taken to an appointment"),
            ("MASH", "Multi-Agency Safeguarding Hub"),
            ("Core group", "the professionals who carry out a child protection plan day to day")]
DEFINITIONS = [("Term", "Definition"),
               ("neglect", "the persistent failure to meet a child's basic physical or psychological needs"),
               ("early help", "support offered as soon as a problem emerges, at any point in a child's life")]
RECOMMENDATIONS = [("Ref", "Recommendation"),
                   ("Recommendation 1", "The partnership should audit how referrals from schools are screened."),
                   ("Recommendation 2", "The partnership should review supervision of newly qualified staff.")]
WIDE = [("Agency", "Contacts", "Outcome"), ("Fictional school", "4", "Referral made in the second term")]


def _table(document, rows, cols: int | None = None) -> None:
    table = document.add_table(rows=0, cols=cols or len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _fictional_review(path: Path) -> Path:
    document = Document()
    document.add_heading("Fictional Safeguarding Review", level=1)
    document.add_heading("Glossary", level=2)
    _table(document, GLOSSARY)
    document.add_heading("Introduction", level=2)
    document.add_paragraph("The review looked at how agencies in the fictional borough shared information about "
                           "the family over two years.")
    _table(document, DEFINITIONS)
    body = document.element.body
    # an XML comment between blocks: lxml yields it with a function as its tag
    body.append(etree.Comment(" a note left by the tool that wrote the file "))
    document.add_heading("Findings", level=2)
    document.add_paragraph("Information about missed appointments was not shared between the school and the GP.")
    _table(document, WIDE)
    # a content control holding body text is read; a table-of-contents control is not
    body.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Text kept in a content '
                          'control is part of the report and is read like any paragraph.</w:t></w:r></w:p>'
                          '</w:sdtContent></w:sdt>'))
    body.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of '
                          'Contents"/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Findings and '
                          'contents entry</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    # a table used as a frame: one cell holding a heading and a paragraph
    frame = document.add_table(rows=1, cols=1)
    cell = frame.rows[0].cells[0]
    cell.paragraphs[0].text = "Practice Points"
    cell.paragraphs[0].style = document.styles["Heading 3"]
    cell.add_paragraph("Practitioners should record who attended each meeting and what was decided.")
    document.add_heading("Recommendations", level=2)
    _table(document, RECOMMENDATIONS)
    # a nested table: its rows are read once, inside the cell that holds them
    outer = document.add_table(rows=1, cols=2)
    outer.rows[0].cells[0].text = "Nested example"
    inner = outer.rows[0].cells[1].add_table(rows=1, cols=2)
    inner.rows[0].cells[0].text = "Inner label"
    inner.rows[0].cells[1].text = "inner value"
    document.save(str(path))
    return path


@pytest.fixture
def parsed(tmp_path):
    return parse_docx(_fictional_review(tmp_path / "review.docx"))


def test_each_row_is_one_block(parsed):
    texts = [b.text for b in parsed.blocks]
    assert "Recommendation 1: The partnership should audit how referrals from schools are screened." in texts
    assert "Agency | Contacts | Outcome" in texts
    assert "Fictional school | 4 | Referral made in the second term" in texts
    assert "Ref: Recommendation" in texts


def test_glossary_and_definition_tables_are_written_term_bar_definition(parsed):
    texts = [b.text for b in parsed.blocks]
    for term, meaning in GLOSSARY + DEFINITIONS:
        assert f"{term} | {meaning}" in texts
    assert all(is_acronym_row(f"{term} | {meaning}") for term, meaning in GLOSSARY + DEFINITIONS)


def test_glossary_rows_are_never_findings_even_outside_a_glossary_section(parsed):
    passages = cut_passages(parsed.blocks, "fictional")
    definitions = [p for p in passages if "persistent failure" in p.text]
    assert definitions and definitions[0].section.endswith("Introduction")  # not a reference section
    units = [u.text for p in definitions for u in segments(p.text)]
    assert units and not any(unit_is_finding(u, definitions[0]) for u in units)
    recs = [p for p in passages if p.paragraph == "Recommendation 1"]
    assert recs and recs[0].text.startswith("The partnership should audit")
    assert any(unit_is_finding(u.text, recs[0]) for u in segments(recs[0].text))


def test_word_structures_around_tables(parsed):
    texts = [b.text for b in parsed.blocks]
    assert any(t.startswith("Text kept in a content control") for t in texts)
    assert not any("contents entry" in t for t in texts)
    frame = [b for b in parsed.blocks if b.text == "Practice Points"]
    assert frame and frame[0].kind == "heading"
    assert "Practitioners should record who attended each meeting and what was decided." in texts
    # a cell holding only a table makes its table a layout, as in HTML: the outer label, then the inner rows
    assert "Nested example" in texts and "Inner label: inner value" in texts
    assert sum("Inner label" in t for t in texts) == 1


@pytest.mark.parametrize(("rows", "expected"), [
    ([["Abbreviation", "Meaning"], ["LA", "Local authority"]], True),
    ([["Term", "Definition"], ["child in need", "a child unlikely to reach a reasonable standard of health"]], True),
    ([["CSC", "Children's social care"], ["GP", "General practitioner"], ["ICPC", "Initial child protection "
                                                                                 "conference"]], True),
    ([["Ref", "Recommendation"], ["Recommendation 1", "The board should ..."], ["Recommendation 2", "It should"]],
     False),
    ([["Theme", "Finding"], ["Supervision", "Staff were rarely supervised."], ["Escalation", "No one escalated."]],
     False),
    ([["1.", "The board should review its policy."], ["2.", "The board should train staff."]], False),
    ([["The mother was seen at home in March.", "No concerns were recorded at the visit."],
      ["The school referred the child in May.", "The referral was not followed up."]], False),
    ([["Agency", "Contacts", "Outcome"], ["School", "4", "Referral"]], False),
])
def test_glossary_detection(rows, expected):
    assert is_glossary_table(rows) is expected


def test_row_text_forms():
    assert row_text(["Date of review:", "March 2020"]) == "Date of review: March 2020"
    # a template that sets each numbered paragraph in a row of its own: the number reads as the cutter reads one
    assert row_text(["12", "The lodger moved in."]) == "12. The lodger moved in."
    assert row_text(["3.2", "The bank called."]) == "3.2 The bank called."
    assert row_text(["12.", "The panel found that ..."]) == "12. The panel found that ..."
    assert row_text(["Lead agency", "Police"]) == "Lead agency: Police"
    assert row_text(["MASH", "Multi-Agency Safeguarding Hub"], glossary=True) == "MASH | Multi-Agency Safeguarding Hub"
    assert row_text(["a", "", "c"]) == "a: c"
    assert row_text(["a", "b", "c"]) == "a | b | c"
    assert row_text(["", ""]) == ""


def test_numbering_out_of_range_levels_do_not_crash():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering = etree.fromstring(
        f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="12"><w:start w:val="x"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%9."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    document = SimpleNamespace(part=SimpleNamespace(numbering_part=SimpleNamespace(element=numbering)),
                               styles=SimpleNamespace(element=etree.fromstring(f'<w:styles xmlns:w="{w}"/>')))
    nums = WordNumbering.from_document(document)
    ppr = etree.fromstring(f'<w:pPr xmlns:w="{w}"><w:numPr><w:ilvl w:val="40"/><w:numId w:val="1"/></w:numPr></w:pPr>')
    assert nums.label_for(ppr) == "1."
    assert nums.label_for(ppr) == "2."


def test_markdown_tables_are_read_as_rows(tmp_path):
    from inquiry_lessons.index.ingest.parse.text import parse_markdown

    path = tmp_path / "review.md"
    path.write_text("# Fictional review\n\n## Terms used\n\n| Term | Definition |\n| --- | --- |\n"
                    "| **neglect** | the persistent failure to meet a child's needs |\n"
                    "| CIN | Child in need \\| s17 |\n\n"
                    "## Recommendations\n\n| Ref | Recommendation |\n|:---|:---|\n"
                    "| Recommendation 1 | The partnership should audit referrals. |\n\nA closing paragraph of the "
                    "fictional review follows the table.\n", encoding="utf-8")
    texts = [b.text for b in parse_markdown(path).blocks]
    assert "neglect | the persistent failure to meet a child's needs" in texts
    assert "CIN | Child in need | s17" in texts
    assert "Recommendation 1: The partnership should audit referrals." in texts
    assert texts[-1] == "A closing paragraph of the fictional review follows the table."


def test_html_tables_are_read_as_rows(tmp_path):
    """Fictional HTML: a glossary table, a two-column findings table, a layout table and a nested one."""
    from inquiry_lessons.index.ingest.parse.html import parse_html

    path = tmp_path / "review.html"
    path.write_text(
        "<html><body><h1>Fictional review</h1>"
        "<table><tr><th>Acronym</th><th>Meaning</th></tr>"
        "<tr><td>MASH</td><td>Multi-Agency Safeguarding Hub</td></tr>"
        "<tr><td>Core group</td><td>the professionals who carry out a child protection plan</td></tr></table>"
        "<table><tr><th>Ref</th><th>Finding</th></tr>"
        "<tr><td>Finding 1</td><td>The school did not share <b>missed appointments</b> with the GP.</td></tr>"
        "</table>"
        "<table><tr><td><h2>Practice points</h2><p>Practitioners should record who attended each meeting.</p>"
        "</td><td><p>A second column of the fictional page layout.</p></td></tr></table>"
        "<table><tr><td>A single-column table holds a fictional paragraph of body text.</td></tr></table>"
        "<table><tr><td>Outer</td><td><table><tr><td>Inner label</td><td>inner value</td></tr></table>"
        "</td></tr></table></body></html>", encoding="utf-8")
    blocks = parse_html(path).blocks
    texts = [b.text for b in blocks]
    assert "MASH | Multi-Agency Safeguarding Hub" in texts
    assert "Core group | the professionals who carry out a child protection plan" in texts
    assert all(is_acronym_row(t) for t in texts if t.startswith(("Acronym", "MASH", "Core group")))
    assert "Finding 1: The school did not share missed appointments with the GP." in texts
    assert not is_acronym_row("Finding 1: The school did not share missed appointments with the GP.")
    assert ("Practice points", "heading") in [(b.text, b.kind) for b in blocks]
    assert "Practitioners should record who attended each meeting." in texts
    assert "A second column of the fictional page layout." in texts
    assert "A single-column table holds a fictional paragraph of body text." in texts
    assert "Inner label: inner value" in texts and texts.count("Outer") == 1


def test_prose_side_by_side_in_a_two_column_table_is_read_cell_by_cell():
    english = ["1.1 The review was commissioned by the board in the spring.", "1.2 Child W lived with his mother."]
    welsh = ["1.1 Comisiynwyd yr adolygiad gan y bwrdd yn y gwanwyn.", "1.2 Roedd Plentyn W yn byw gyda'i fam."]
    assert is_frame_table([["English", "Cymraeg"], *map(list, zip(english, welsh, strict=True))])
    # look-alikes: a label beside its text, a wider table of prose, one prose row among short ones
    assert not is_frame_table([["Recommendation 1", english[0]], ["Recommendation 2", english[1]]])
    assert not is_frame_table([[*english, welsh[0]], [*welsh, english[0]]])
    assert not is_frame_table([english, ["Total", "12"], ["Closed", "4"], ["Open", "8"]])


def test_a_numbered_paragraph_in_a_table_row_keeps_its_bullets(tmp_path: Path):
    """A template that sets each numbered paragraph in a row of its own ("12" | text): the text cell's lead-in
    and bullets stay a numbered paragraph with its list, not one run of words."""
    doc = Document()
    table = doc.add_table(rows=9, cols=2)
    for i in range(8):
        table.cell(i, 0).text = str(i + 4)
        table.cell(i, 1).text = f"Neighbours noticed on visit {i + 1} that Walter went out less often."
    table.cell(8, 0).text = "12"
    cell = table.cell(8, 1)
    cell.paragraphs[0].text = "The abuse was not recognised sooner because:"
    for item in ("the lodger was seen as a friend", "each agency held one piece of the picture"):
        cell.add_paragraph(item, style="List Bullet")
    doc.save(tmp_path / "rows.docx")
    passages = {p.paragraph: p for p in cut_passages(parse_docx(tmp_path / "rows.docx").blocks, "r")}
    assert passages["11"].text == "Neighbours noticed on visit 8 that Walter went out less often."
    assert passages["12"].text == ("The abuse was not recognised sooner because:\n• the lodger was seen as a friend\n"
                                   "• each agency held one piece of the picture")


def test_a_numbered_paragraph_that_is_a_table_row_ends_with_its_table(tmp_path: Path):
    """Fictional HTML whose paragraphs are rows ("3.2" | text): a row without a number carries the paragraph on
    inside the table, but the text after the table (a lead-in and its list) is no part of the last row's
    paragraph, as it would be after a paragraph of body text."""
    from inquiry_lessons.index.ingest.parse.html import parse_html

    rows = [("3.1", "The school nurse saw the weight loss and recorded it at each of her three visits."),
            ("3.2", "The GP was not told that the family had moved to temporary housing in the autumn."),
            ("3.3", "The housing officer learned of the arrears only when the eviction notice was served."),
            ("", "The notice was served in the week the family moved, and nobody followed it up.")]
    path = tmp_path / "rows.html"
    path.write_text("<html><body><h1>Fictional review</h1><h2>Findings</h2><table>"
                    "<tr><th>No.</th><th>Paragraph</th></tr>"
                    + "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in rows)
                    + "</table><p>The panel asked each agency to look again at:</p>"
                    "<ul><li>how the visits were recorded</li><li>why nobody escalated</li></ul></body></html>",
                    encoding="utf-8")
    passages = cut_passages(parse_html(path).blocks, "r")
    by = {p.paragraph: p.text for p in passages}
    assert by["3.2"] == rows[1][1] and by["3.3"] == f"{rows[2][1]}\n{rows[3][1]}"
    assert [p.text for p in passages if p.paragraph is None] == [
        "The panel asked each agency to look again at:\n• how the visits were recorded\n• why nobody escalated"]


def test_a_markdown_row_without_a_number_carries_the_rows_paragraph_on_until_the_table_ends():
    from inquiry_lessons.index.ingest.parse.text import parse_string

    md = ("# Fictional review\n\n## Findings\n\n| No. | Paragraph |\n|-----|-----------|\n"
          "| 3.1 | The school nurse saw the weight loss and recorded it at each of her three visits. |\n"
          "| 3.2 | The GP was not told that the family had moved to temporary housing in the autumn. |\n"
          "| 3.3 | The housing officer learned of the arrears only when the eviction notice was served. |\n"
          "|  | The notice was served in the week the family moved, and nobody followed it up. |\n\n"
          "The panel asked each agency to look again at:\n\n- how the visits were recorded\n")
    passages = cut_passages(parse_string(md, markdown=True).blocks, "r")
    assert [(p.paragraph, p.text.splitlines()[-1]) for p in passages] == [
        ("3.1", "The school nurse saw the weight loss and recorded it at each of her three visits."),
        ("3.2", "The GP was not told that the family had moved to temporary housing in the autumn."),
        ("3.3", "The notice was served in the week the family moved, and nobody followed it up."),
        (None, "• how the visits were recorded")]
