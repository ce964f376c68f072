"""DOCX writer for the fictional development set, layout ``pagesdocx``: an early help learning review written in Apple
Pages on a Mac and exported with "File > Export To > Word", as the partnership then published it:

* Pages' own paragraph styles, not Word's built-in ones: "Title", "Body", "Heading" and "Heading 2" (:data:`PAGES`
  ``styles``); the chapter headings are in "Heading" and the subheadings in "Heading 2", custom styles whose ids are
  not Word's ``Heading1``/``Heading2``, so a heading is known by the ``w:outlineLvl`` its style carries (0 and 1),
  not by the style's name; every run has its font and size written on it directly (``w:rFonts`` "Helvetica Neue",
  ``w:sz``), as Pages exports its formatting;
* numbering ``single`` from ONE Pages numbered list exported as Word numbering (``numbering.xml``): every numbered
  paragraph carries its own ``w:numPr`` (numId :data:`PAGES` ``num``, level 0, level text "%1." followed by a tab), the
  number is in no ``w:t``, and the count runs on through the whole review, over the headings; a factor list's bullets
  are level 1 of the same list ("•"), so a bullet does not advance the count; recommendations "Recommendation 3:"
  typed in a bold run at the start of a "Body" paragraph;
* a title page ("Title", then the title-page lines), a page break, "Contents" and Pages' table of contents exported as
  plain "Body" paragraphs "heading<tab>page" (contents_lines), each chapter after a typed page break (``w:br
  w:type="page"``), so a paragraph's page is ``2 +`` the chapters up to it; a header with the running title and a
  footer with a PAGE field; the glossary a bordered two-column table;
* no ``w:lastRenderedPageBreak`` marks (Pages writes none).

The document's core properties name the review's title; ``lastModifiedBy`` is the author the output gives."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block
PAGES: dict[str, Any] = {
    "font": "Helvetica Neue",
    "styles": {"title": "Title", "body": "Body", "heading": "Heading", "heading2": "Heading 2"},
    "style_ids": {"heading": "PagesHeading", "heading2": "PagesHeading2", "body": "PagesBody"},
    "abstract": "40",
    "num": "41",
}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering(document: Any) -> None:
    """Pages' numbered list: level 0 "%1." and a tab, level 1 a bullet, one ``w:num`` for the whole review."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    lvl0 = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
            f'<w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:rFonts w:ascii="{PAGES["font"]}" '
            f'w:hAnsi="{PAGES["font"]}"/></w:rPr></w:lvl>')
    lvl1 = ('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:suff w:val="tab"/>'
            '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1134"/>'
            '</w:tabs><w:ind w:left="1134" w:hanging="283"/></w:pPr></w:lvl>')
    first_num = numbering.find(f"{{{_W}}}num")
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{PAGES["abstract"]}">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvl0}{lvl1}</w:abstractNum>')
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{PAGES["num"]}"><w:abstractNumId '
                               f'w:val="{PAGES["abstract"]}"/></w:num>'))


def _styles(document: Any) -> None:
    """Pages' paragraph styles: "Body", and "Heading" and "Heading 2" with outline levels 0 and 1."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    root = document.styles.element
    font = f'<w:rFonts w:ascii="{PAGES["font"]}" w:hAnsi="{PAGES["font"]}" w:cs="{PAGES["font"]}"/>'
    for key, name, ppr, rpr in (
            ("body", "Body", '<w:spacing w:after="160" w:line="264" w:lineRule="auto"/>', '<w:sz w:val="22"/>'),
            ("heading", "Heading", '<w:keepNext/><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/>',
             '<w:b/><w:sz w:val="36"/>'),
            ("heading2", "Heading 2", '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
             '<w:outlineLvl w:val="1"/>', '<w:b/><w:sz w:val="28"/>')):
        root.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" '
                              f'w:styleId="{PAGES["style_ids"][key]}"><w:name w:val="{name}"/>'
                              f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{font}{rpr}</w:rPr></w:style>'))


def _run(paragraph: Any, text: str, size: int = 22, bold: bool = False) -> None:
    """A run with its font and size written on it, as Pages exports them."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    run = paragraph.add_run(text)
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{PAGES["font"]}" w:hAnsi="{PAGES["font"]}"/>'))
    if bold:
        rpr.append(parse_xml(f'<w:b {nsdecls("w")}/>'))
    rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{size}"/>'))


def _page_break(document: Any) -> None:
    from docx.enum.text import WD_BREAK

    p = document.add_paragraph(style=PAGES["styles"]["body"])
    p.add_run().add_break(WD_BREAK.PAGE)


def _numbered(paragraph: Any, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                                   f'<w:numId w:val="{PAGES["num"]}"/></w:numPr>'))


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as Pages exports it to Word; return bytes and expected entry."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if report["numbering"] != "single":
        raise ValueError("the pagesdocx layout renders single numbering")
    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.subject = report["title"], output["author"], ""
    props.created = props.modified = props.last_printed = _r._FIXED_TIME
    props.last_modified_by, props.revision = output["author"], 1
    _styles(document)
    _numbering(document)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    _run(section.header.paragraphs[0], report["running_title"], size=18)
    foot = section.footer.paragraphs[0]
    foot._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    body, heading, heading2 = (PAGES["styles"][k] for k in ("body", "heading", "heading2"))

    page_of: list[int] = []
    page = 2
    for b in blocks:
        page += 1 if b.kind == "heading" and b.major else 0
        page_of.append(page)

    _run(document.add_paragraph(style=PAGES["styles"]["title"]), report["title"], size=48, bold=True)
    for text in _r.title_lines(report):
        _run(document.add_paragraph(style=body), text)
    _page_break(document)
    _run(document.add_paragraph(style=heading), "Contents", size=36, bold=True)
    contents = [f"{b.text}\t{page_of[i]}" for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    for line in contents:
        _run(document.add_paragraph(style=body), line)
    entries = []
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            if b.major:
                _page_break(document)
            _run(document.add_paragraph(style=heading if b.level == 1 else heading2), b.text,
                 size=36 if b.level == 1 else 28, bold=True)
        elif b.kind == "unnumbered":
            _run(document.add_paragraph(style=body), b.text)
        elif b.kind == "glossary":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            for abbr, meaning in b.rows:
                cells = table.add_row().cells
                _run(cells[0].paragraphs[0], abbr, bold=True)
                _run(cells[1].paragraphs[0], meaning)
        elif b.kind in ("para", "factor"):
            p = document.add_paragraph(style=body)
            _numbered(p, 0)
            _run(p, b.text)
            for bullet in b.bullets:
                q = document.add_paragraph(style=body)
                _numbered(q, 1)
                _run(q, bullet)
        else:
            p = document.add_paragraph(style=body)
            _run(p, f"{b.label}:", bold=True)
            _run(p, f" {b.text}")
        if b.label:
            entries.append(_r.entry(b, page_of[i], False))
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=page_of[-1], paragraphs=entries,
                         running_header_lines=[report["running_title"]], contents_lines=contents)
    return _r._deterministic_zip(buf.getvalue()), result
