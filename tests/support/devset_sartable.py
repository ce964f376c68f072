"""DOCX writer for the fictional development set, layout ``sartable``: a Safeguarding Adults Review written in a
common learning-review template, in which every numbered paragraph is a row of a borderless two-column table:

* the number in a narrow left cell, typed as a plain number without a stop ("12"), and the paragraph in the wide
  right cell (numbering ``single``: one running number through the report, cited "12"); a factor list's
  bullets are further paragraphs in the same text cell, bulleted from a numbering definition;
* the tables have no borders (every ``w:tblBorders`` edge "nil"), and each run of paragraphs under one heading is
  its own table: the headings (Heading 1 for chapters, Heading 2 for subheadings, neither numbered) stand
  between the tables, outside them; the rows may not break across a page (``w:cantSplit``);
* the foreword is ordinary paragraphs; recommendations are typed "Recommendation N:" (label in bold) in ordinary
  paragraphs kept on one page; the glossary is a bordered two-column table at the back;
* a title page, then a table-of-contents field (levels 1-2), a hard page break before each chapter (not before
  the recommendations or the glossary, which follow on), a running
  header with the running title (not on the title page), a footer with a PAGE field, and
  ``w:lastRenderedPageBreak`` marks at every page start (Word's record of its pagination, simulated with the
  fixed line capacities of :class:`devset_render._WordFlow`), also right after hard breaks; a row that does not
  fit moves whole to the next page, the mark at the start of its number cell.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its number``."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block
BULLET_ID = "81"
_NO_BORDERS = ("<w:tblBorders>" + "".join(f'<w:{edge} w:val="nil"/>' for edge in
                                            ("top", "left", "bottom", "right", "insideH", "insideV"))
               + "</w:tblBorders>")


def _bullets(document: Any) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    level = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
             '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>')
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BULLET_ID}">'
                         f'<w:multiLevelType w:val="singleLevel"/>{level}</w:abstractNum>')
    first_num = numbering.find(f"{{{_r_ns()}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{BULLET_ID}"><w:abstractNumId '
                               f'w:val="{BULLET_ID}"/></w:num>'))


def _r_ns() -> str:
    return "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph_table(document: Any) -> Any:
    """A borderless two-column table: number cell (1.3 cm) and text cell."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=2)
    tbl_pr = table._tbl.tblPr
    borders = parse_xml(_NO_BORDERS.replace("<w:tblBorders>", f'<w:tblBorders {nsdecls("w")}>', 1))
    look = tbl_pr.find(f"{{{_r_ns()}}}tblLook")
    if look is not None:  # schema order: tblBorders comes before tblLook
        look.addprevious(borders)
    else:
        tbl_pr.append(borders)
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Cm(1.3), Cm(14.6)
    return table


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered report with its paragraphs as rows of borderless tables."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm

    if report["numbering"] != "single":
        raise ValueError("the sartable layout renders single numbering")
    document = _r._new_document(report)
    _bullets(document)
    footer = document.sections[0].footer.paragraphs[0]
    footer._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Page </w:t></w:r>'))
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    flow, body, col = _r._WordFlow(), 80, 74  # characters per line: text cell, bullets in the text cell
    document.add_heading(report["title"], level=0)
    for text in _r.title_lines(report):
        document.add_paragraph(text)
    document.add_page_break()
    contents_at = len(document.element.body) - 1  # the table of contents goes right after this break
    flow.hard_break()
    flow.fresh = False  # the contents control carries its own page mark
    toc: list[tuple[str, int, int]] = []
    entries: list[dict[str, Any]] = []
    table: Any = None

    for i, b in enumerate(blocks):
        before = flow.page
        if b.kind == "heading":
            table = None
            if b.major and blocks[i + 1].kind not in ("rec", "glossary"):  # these two follow on
                document.add_page_break()
                flow.hard_break()
            p = document.add_heading("", level=b.level)
            _r._rendered_runs(p, b.text, flow.place(flow.wrap(b.text, 60), after=0.8, keep=2))
            toc.append((b.text, b.level, flow.page))
        elif b.kind == "glossary":
            gloss = document.add_table(rows=0, cols=2)
            gloss.style = document.styles["Table Grid"]
            for abbr, meaning in b.rows:
                cells = gloss.add_row().cells
                mark = flow.place(flow.wrap(meaning, 60), after=0.3, whole=True)
                _r._rendered_runs(cells[0].paragraphs[0], abbr, None if mark is None else 0)
                cells[1].paragraphs[0].add_run(meaning)
        elif b.kind == "unnumbered":
            _r._rendered_runs(document.add_paragraph(), b.text, flow.place(flow.wrap(b.text, 88)))
        elif b.kind in ("para", "factor"):
            if table is None:
                table = _paragraph_table(document)
            row = table.add_row()
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
            number, text = row.cells
            number.width, text.width = Cm(1.3), Cm(14.6)
            lines = flow.wrap(b.text, body)
            for bullet in b.bullets:  # the row is laid out whole: its bullets count as lines of it
                lines = lines + [0] * len(flow.wrap(bullet, col))
            mark = flow.place(lines, after=0.6 + 0.3 * len(b.bullets), whole=True)
            _r._rendered_runs(number.paragraphs[0], b.label, None if mark is None else 0)
            number.paragraphs[0].runs[-1].bold = True
            text.paragraphs[0].add_run(b.text)
            for bullet in b.bullets:
                p = text.add_paragraph(style="List Paragraph")
                p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                                       f'<w:numId w:val="{BULLET_ID}"/></w:numPr>'))
                p.add_run(bullet)
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, False))
        else:  # recommendations: "Recommendation N:" typed in bold, then the text, kept on one page
            table = None
            text = f"{b.label}: {b.text}"
            mark = flow.place(flow.wrap(text, 88), whole=True)  # "keep lines together"
            p = document.add_paragraph()
            p.paragraph_format.keep_together = True
            if mark == 0:  # the page begins with the label
                _r._rendered_runs(p, "", 0)
            p.add_run(f"{b.label}:").bold = True
            p.add_run(f" {b.text}")
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, False))
    document.element.body.insert(contents_at, _r._sar_contents(toc))
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=flow.page, paragraphs=entries,
                         running_header_lines=[report["running_title"]],
                         contents_lines=[f"{text}\t{page}" for text, _level, page in toc])
    return _r._deterministic_zip(buf.getvalue()), result
