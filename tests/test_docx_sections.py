"""Word section breaks start a new page unless continuous, as does a style set to break before; a numbered
section title is a heading, not a paragraph ("2. Background" glued to the end of ¶1.2); HTML that Word imports
(altChunk) is read where it stands. Documents are invented and built with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from inquiry_lessons.index.ingest.parse.docx import parse_docx
from inquiry_lessons.index.ingest.parse.docx_styles import title_like


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
    assert title_like(text, _para(xml), Document(), "") is title


def test_a_heading_style_that_breaks_the_page_starts_a_new_page(tmp_path: Path):
    """LibreOffice sets "page break before" on the Heading 1 style, not on each heading. Nothing is on the
    first page before the first heading, so the break makes no empty page."""
    doc = Document()
    doc.styles["Heading 1"].paragraph_format.page_break_before = True
    for title in ("Introduction", "Findings"):
        doc.add_heading(title, level=1)
        doc.add_paragraph(f"The only paragraph under {title.lower()} in an invented review.")
    path = tmp_path / "styled.docx"
    doc.save(str(path))
    assert [b.page for b in parse_docx(path).blocks] == [1, 1, 2, 2]


def test_html_imported_by_an_altchunk_is_read_where_it_stands(tmp_path: Path):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    doc = Document()
    doc.add_paragraph("1.1 The first paragraph is Word's own.")
    html = b"<html><body><p>2.1 The second is a web page's.</p><p>2.2 So is the third.</p></body></html>"
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", html, doc.part.package)
    rid = doc.part.relate_to(part, RT.A_F_CHUNK)
    doc.element.body.insert(1, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>'))
    doc.add_paragraph("3.1 The last is Word's again.")
    path = tmp_path / "chunked.docx"
    doc.save(str(path))
    assert [b.text.split(" ")[0] for b in parse_docx(path).blocks] == ["1.1", "2.1", "2.2", "3.1"]


def test_a_strict_open_xml_document_reads_as_the_same_document_saved_as_docx(tmp_path: Path):
    """Word's "Strict Open XML Document" names its vocabularies under purl.oclc.org and writes indents as
    w:start; python-docx cannot open it. It reads as the same document saved as an ordinary .docx."""
    import zipfile

    from inquiry_lessons.index.ingest.parse.docx_strict import _NAMES

    doc = Document()
    doc.add_heading("Safeguarding adults review (FICTIONAL)", 1)
    for n in (1, 2, 3):
        doc.add_paragraph(f"2.{n} The invented service did not share what it knew about the cold flat ({n}).")
    doc.paragraphs[1].paragraph_format.left_indent = 360000
    plain, strict = tmp_path / "plain.docx", tmp_path / "strict.docx"
    doc.save(str(plain))
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(strict, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            for strict_name, transitional in _NAMES:
                data = data.replace(transitional, strict_name)
            dst.writestr(info, data.replace(b" w:left=", b" w:start="))
    with zipfile.ZipFile(strict) as z:
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in z.read("word/document.xml")
    assert [(b.kind, b.text) for b in parse_docx(strict).blocks] == [(b.kind, b.text) for b in parse_docx(plain).blocks]


def test_a_level_that_never_restarts_runs_on_through_the_chapters():
    """w:lvlRestart 0 ("Restart list after" unticked): paragraph numbers run on through chapter headings; by
    default, and with lvlRestart 1, they start again under each chapter."""
    from inquiry_lessons.index.ingest.parse.numbering import WordLevel, WordNumbering

    def labels(restart: int | None) -> list[str | None]:
        numbering = WordNumbering(levels={"1": {0: WordLevel(text="Chapter %1:"),
                                                1: WordLevel(text="%2.", restart=restart)}},
                                  abstract_of={"1": "0"})
        ppr = {lvl: parse_xml(f'<w:pPr {nsdecls("w")}><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/>'
                              f"</w:numPr></w:pPr>") for lvl in (0, 1)}
        return [numbering.label_for(ppr[lvl]) for lvl in (0, 1, 1, 0, 1)]

    assert labels(0) == ["Chapter 1:", "1.", "2.", "Chapter 2:", "3."]
    assert labels(None) == labels(1) == ["Chapter 1:", "1.", "2.", "Chapter 2:", "1."]


def test_a_text_box_holding_only_a_number_numbers_the_paragraph_that_anchors_it(tmp_path: Path):
    """A template that draws each paragraph's number in the margin from a text box anchored to it (VML here)."""
    doc = Document()
    body = doc.element.body

    def box(text: str) -> str:
        return (f"<w:r><w:pict><v:shape style='position:absolute;margin-left:-51pt'><v:textbox><w:txbxContent>"
                f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>")

    for xml in (box("3.1") + "<w:r><w:t>The school did not refer the child.</w:t></w:r>",
                "<w:r><w:t>The GP saw her twice. </w:t></w:r>" + box("3.2") + "<w:r><w:t>Then she moved.</w:t></w:r>",
                "<w:r><w:t>The panel met twice.</w:t></w:r>" + box("A note set beside the text.")):
        body.append(parse_xml(f"<w:p {nsdecls('w')} xmlns:v='urn:schemas-microsoft-com:vml'>{xml}</w:p>"))
    path = tmp_path / "margin.docx"
    doc.save(str(path))
    texts = [b.text for b in parse_docx(path).blocks]
    assert texts == ["3.1 The school did not refer the child.", "3.2 The GP saw her twice. Then she moved.",
                     "The panel met twice.", "A note set beside the text."]


def test_a_framed_paragraph_is_set_aside_not_run_into_the_paragraph_before_it(tmp_path: Path):
    """A pull quote in a Word frame (w:framePr) between two numbered paragraphs is no paragraph's text; a drop
    capital's frame is the paragraph's first letter. (Where frames are how the file is laid out, a PDF converted
    to Word with a frame per line, they are text: blind round 16's converted.docx.)"""
    doc = Document()
    body = doc.element.body
    for n in range(1, 21):
        body.append(parse_xml(f"<w:p {nsdecls('w')}><w:r><w:t>2.{n} The panel met on day {n}.</w:t></w:r></w:p>"))
    for ppr, text in (("", "3.1 The school did not refer the child."), ("", "3.2 The GP saw her twice."),
                      ('<w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:hAnchor="margin"/>',
                       "“I just wanted someone to ring me back.” – the mother (FICTIONAL)"),
                      ('<w:framePr w:dropCap="drop" w:lines="2" w:wrap="around"/>', "T"),
                      ("", "3.3 The panel met twice.")):
        body.append(parse_xml(f"<w:p {nsdecls('w')}><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"))
    path = tmp_path / "framed.docx"
    doc.save(str(path))
    quote = "“I just wanted someone to ring me back.” – the mother (FICTIONAL)"
    assert [(b.kind, b.text) for b in parse_docx(path).blocks][21:23] == [("para", "3.2 The GP saw her twice."),
                                                                          ("aside", quote)]
    assert [b.kind for b in parse_docx(path).blocks][23] == "para"


def test_a_typescript_with_a_hard_return_at_every_line_is_read_a_paragraph_at_a_time(tmp_path: Path):
    """A WordPerfect typescript converted to Word (FICTIONAL): each typed line a paragraph, an empty paragraph
    between two of the review's. A line that opens with a year is no paragraph number."""
    doc = Document()
    body = doc.element.body
    paragraphs = [[f"{n}.\tThe committee met in the spring of", "2008 to hear from agencies about",
                   f"what they knew of Edna in month {n}."] for n in range(1, 13)]
    paragraphs.insert(0, ["Edna was a proud and funny woman who had", "worked in the biscuit factory."])
    for lines in paragraphs:
        for line in [*lines, ""]:
            run = "<w:tab/>".join(f'<w:t xml:space="preserve">{part}</w:t>' for part in line.split("\t"))
            body.append(parse_xml(f"<w:p {nsdecls('w')}>{f'<w:r>{run}</w:r>' if line else ''}</w:p>"))
    path = tmp_path / "typed.docx"
    doc.save(str(path))
    texts = [b.text for b in parse_docx(path).blocks]
    assert texts[0] == "Edna was a proud and funny woman who had worked in the biscuit factory."
    assert texts[1:] == [f"{n}. The committee met in the spring of 2008 to hear from agencies about what they knew "
                         f"of Edna in month {n}." for n in range(1, 13)]
