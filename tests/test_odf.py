"""OpenDocument text (index/ingest/parse/odf.py): a FICTIONAL review saved by LibreOffice Writer as .odt and .fodt.

The files are written here as Writer writes them: the numbers of a numbered list are not in the text but in its
list style, the headings' numbers in the outline style, a list interrupted by a heading carries on by
``text:continue-list``, and notes, comments, a tracked deletion and the table of contents sit inside the body.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')

STYLES = """<office:styles>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"/>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-prefix="Appendix " style:num-format="A"/>
  <text:outline-level-style text:level="2" style:num-format=""/>
 </text:outline-style>
 <text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/>
  <text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/>
 </text:list-style>
 <text:list-style style:name="List_20_1" style:display-name="List 1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
 </text:list-style>
</office:styles>"""

AUTO = """<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"
  style:list-style-name="Numbering_20_123"/>
 <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"/>
 <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""


def _item2(text: str) -> str:
    """A second-level item: Writer wraps it in a first-level item that has no paragraph of its own."""
    return (f'<text:list-item><text:list><text:list-item><text:p text:style-name="P1">{text}</text:p>'
            '</text:list-item></text:list></text:list-item>')


BODY = f"""<office:body><office:text>
 <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
 <text:table-of-content text:name="Contents"><text:index-body>
  <text:p text:style-name="P2">1. Introduction<text:tab/>1</text:p>
  <text:p text:style-name="P2">2. Findings<text:tab/>2</text:p>
 </text:index-body></text:table-of-content>
 <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>
  <dc:creator>Reviewer</dc:creator></office:change-info>
  <text:p>9.9 A deleted paragraph that no one should read.</text:p>
 </text:deletion></text:changed-region></text:tracked-changes>
 <text:p text:style-name="P2">FICTIONAL. Thornwick Safeguarding Adults Review: Mr K.</text:p>
 <text:list xml:id="list1" text:style-name="Numbering_20_123">
  <text:list-item><text:h text:style-name="Heading_20_1" text:outline-level="1">Introduction</text:h></text:list-item>
  {_item2('The board commissioned this review after Mr K died in his flat in March 2024 from the effects of '
          'self-neglect.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
          '<text:note-body><text:p>1 The Care Act 2014, section 44, sets out when a review is held.</text:p>'
          '</text:note-body></text:note>')}
  {_item2('Mr K was seventy-one and lived<text:soft-page-break/> alone.<office:annotation>'
          '<dc:creator>Editor</dc:creator><text:p>Check his age with the family.</text:p></office:annotation> '
          'He had no family nearby.<text:change text:change-id="ct1"/>')}
 </text:list>
 <text:list xml:id="list2" text:continue-list="list1" text:style-name="Numbering_20_123">
  <text:list-item><text:h text:style-name="P3" text:outline-level="1">Findings</text:h></text:list-item>
 </text:list>
 <text:h text:style-name="Heading_20_2" text:outline-level="2">What agencies knew</text:h>
 <text:list xml:id="list2b" text:continue-list="list2" text:style-name="Numbering_20_123">
  <text:list-item><text:list><text:list-item><text:p text:style-name="P1">The reasons agencies gave for not
   acting were these:</text:p><text:list>
   <text:list-item><text:p text:style-name="P1">his refusals were taken as <text:span
    text:style-name="T1">final</text:span>;</text:p></text:list-item>
   <text:list-item><text:p text:style-name="P1">nobody held the whole picture.</text:p></text:list-item>
  </text:list></text:list-item></text:list></text:list-item>
 </text:list>
 <text:list text:style-name="List_20_1">
  <text:list-item><text:p text:style-name="P2">A bullet point, no number.</text:p></text:list-item>
 </text:list>
 <table:table table:name="Table1"><table:table-column/><table:table-row><table:table-cell>
  <text:p text:style-name="P2">Agency</text:p></table:table-cell><table:table-cell>
  <text:p text:style-name="P2">Contacts</text:p></table:table-cell></table:table-row></table:table>
 <text:list xml:id="list3" text:continue-list="list2b" text:style-name="Numbering_20_123">
  <text:list-item><text:list><text:list-item><text:soft-page-break/><text:p text:style-name="P1">The GP practice
   saw Mr K four times in his last year and each time recorded that he declined help.</text:p>
   <text:p text:style-name="P2">His records were not shared with the housing officer.</text:p>
  </text:list-item></text:list></text:list-item>
 </text:list>
 <text:p text:style-name="P2">The Board thanks Mr K's family for their help with this review.</text:p>
 <text:h text:style-name="Heading_20_1" text:outline-level="1">Glossary</text:h>
 <text:p text:style-name="P2">GP: general practitioner.</text:p>
</office:text></office:body>"""

META = ('<office:meta><dc:title>Thornwick SAR: Mr K (FICTIONAL)</dc:title>'
        '<meta:generator>LibreOffice/24.2.7.2$Linux_X86_64</meta:generator></office:meta>')


def _odt(path: Path, body: str = BODY) -> Path:
    decl = '<?xml version="1.0" encoding="UTF-8"?>\n'
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", f"{decl}<office:document-content {NS}>{AUTO}{body}</office:document-content>",
                    zipfile.ZIP_DEFLATED)
        zf.writestr("styles.xml", f"{decl}<office:document-styles {NS}>{STYLES}</office:document-styles>",
                    zipfile.ZIP_DEFLATED)
        zf.writestr("meta.xml", f"{decl}<office:document-meta {NS}>{META}</office:document-meta>",
                    zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return path


def _fodt(path: Path) -> Path:
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} '
                    f'office:mimetype="application/vnd.oasis.opendocument.text">{META}{STYLES}{AUTO}{BODY}'
                    '</office:document>', encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [_odt, _fodt], ids=["odt", "fodt"])
def test_an_opendocument_reviews_list_numbers_are_counted_from_its_styles(tmp_path: Path, make):
    """The paragraphs are numbered as Writer prints them: a list whose first level numbers the section headings
    ("1." Introduction, "2." Findings) and whose second numbers the paragraphs (1.1, 1.2, then 2.1, 2.2 after a
    heading outside the list, carried on by ``text:continue-list``),
    a third level's "(a)" items are no paragraphs of their own, and the note, the comment, the deleted text and
    the contents are not read; a heading outside the lists takes its outline style's label ("Appendix A"). An
    item's second paragraph is the item's, a line after the list is not; pages are counted from Writer's soft page
    breaks (inside a paragraph, before an item's paragraph) and a style's fo:break-before."""
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    doc = parse(make(tmp_path / f"fict-thornwick.{make.__name__[1:]}"))
    text = "\n".join(b.text for b in doc.blocks)
    passages = cut_passages(doc.blocks, "fict")
    numbered = {p.paragraph: p.text for p in passages if p.paragraph}
    assert list(numbered) == ["1.1", "1.2", "2.1", "2.2"]
    assert numbered["1.1"].endswith("from the effects of self-neglect.")
    assert "He had no family nearby." in numbered["1.2"] and "Check his age" not in text
    assert "(a) his refusals were taken as final;" in numbered["2.1"] and "(b) nobody held" in numbered["2.1"]
    assert numbered["2.2"].startswith("The GP practice saw Mr K")
    assert numbered["2.2"].endswith("not shared with the housing officer.")  # its item's second paragraph
    assert "The Board thanks" in text and "The Board thanks" not in numbered["2.2"]  # a closing line: no item's
    pages = {p.paragraph: p.page for p in passages if p.paragraph}
    assert pages == {"1.1": 1, "1.2": 1, "2.1": 3, "2.2": 4}  # a soft break in 1.2, a hard one, one before 2.2
    assert "Care Act 2014" not in text and "deleted paragraph" not in text and "Introduction\t1" not in text
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings[-4:] == ["1. Introduction", "2. Findings", "What agencies knew", "Appendix A Glossary"]
    assert doc.title == "Thornwick SAR: Mr K (FICTIONAL)"


def test_a_hostile_or_broken_opendocument_file_is_refused_with_one_line(tmp_path: Path):
    """An entity declaration is refused before parsing; a package with no content.xml, or not a zip, is corrupt."""
    from inquiry_lessons.index.errors import CorruptDocument, ResourceLimit
    from inquiry_lessons.index.ingest.parse import parse

    bomb = tmp_path / "fict-bomb.fodt"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><office:document/>')
    with pytest.raises(ResourceLimit, match="entities or a DTD"):
        parse(bomb)
    empty = tmp_path / "fict-empty.odt"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(CorruptDocument, match=r"no content\.xml"):
        parse(empty)
    junk = tmp_path / "fict-junk.odt"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(CorruptDocument, match="not a zip package"):
        parse(junk)
