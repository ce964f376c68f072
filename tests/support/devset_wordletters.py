"""DOCX writer for the fictional development set, layout ``wordletters``: a review whose chapters are LETTERED and
whose paragraphs are numbered "B.12" by Word's own automatic numbering, as a board's Word template sets it up:

* one ``w:abstractNum`` (``multiLevelType`` "multilevel"): level 1 ``upperLetter`` with ``lvlText`` "%1" linked to
  the style Heading 1 (chapters print "A", "B", "C" ... before their title), level 2 ``decimal`` with ``lvlText``
  "%1.%2" linked to a paragraph style "Numbered Paragraph" (paragraphs print "A.1", "A.2" ... "B.1", restarting under
  each chapter, cited so: numbering ``lettered``); the styles carry the ``w:numPr``, so neither the letters nor the
  numbers are in the text, which starts with its first word;
* subheadings are Heading 2 and unnumbered; the foreword and glossary headings are Heading 1 paragraphs whose own
  ``w:numPr`` sets ``w:numId`` 0 ("None" chosen from the numbering menu);
* bullets from a separate bullet definition; recommendations typed "Recommendation N:" (label in bold) in ordinary
  paragraphs under the lettered chapter "G Recommendations"; the glossary a two-column table with a header row at the
  back;
* a table-of-contents field (levels 1-2) in a content control, each entry as Word writes it: the letter, a tab, the
  heading, a tab, the page;
* a hard page break before each chapter, a running header with the running title, a footer "Page" with a PAGE field,
  and ``w:lastRenderedPageBreak`` marks at every page start (:class:`devset_render._WordFlow`), also right after hard
  breaks and inside paragraphs that run over a page.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first word``."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r
from .devset_wordlevels import _contents  # the same TOC field: letter (or number), tab, heading, tab, page

Block = _r.Block
NUM_ID, BULLET_ID = "80", "81"
PARA_STYLE = "Numbered Paragraph"
LEVELS = (("upperLetter", "%1"), ("decimal", "%1.%2"))
GLOSSARY_HEAD = ("Term", "Meaning")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering(document: Any) -> None:
    """The lettered two-level list (linked to Heading 1 and "Numbered Paragraph") and a bullet list."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    para = document.styles.add_style(PARA_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    para.base_style = document.styles["Normal"]
    styles = {0: document.styles["Heading 1"].style_id, 1: para.style_id}
    levels = []
    for ilvl, ((fmt, text), ind) in enumerate(zip(LEVELS, (567, 851), strict=True)):
        levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                      f'<w:pStyle w:val="{styles[ilvl]}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                      f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>')
    bullet = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1211" w:hanging="360"/></w:pPr></w:lvl>')
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{_W}}}num")
    for num_id, kind, body in ((NUM_ID, "multilevel", "".join(levels)), (BULLET_ID, "singleLevel", bullet)):
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
                             f'<w:multiLevelType w:val="{kind}"/>{body}</w:abstractNum>')
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/>'
                                   "</w:num>"))
    for ilvl, style in ((0, document.styles["Heading 1"]), (1, para)):
        num_pr = style.element.get_or_add_pPr().get_or_add_numPr()  # in schema order
        if ilvl:
            num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = int(NUM_ID)


def split_letter(heading: str) -> tuple[str, str]:
    """"B About this review" -> ("B", "About this review"); an unlettered heading -> ("", heading)."""
    head, _, rest = heading.partition(" ")
    return (head, rest) if len(head) == 1 and head.isupper() and rest else ("", heading)


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one lettered report as a Word file with automatic "A" / "A.1" numbering."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if report["numbering"] != "lettered":
        raise ValueError("the wordletters layout renders lettered numbering")
    document = _r._new_document(report)
    _numbering(document)
    footer = document.sections[0].footer.paragraphs[0]
    footer._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Page </w:t></w:r>'))
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    flow, body, col = _r._WordFlow(), 74, 80  # characters per line: numbered text (hanging label), lists/cells
    document.add_heading(report["title"], level=0)
    for text in _r.title_lines(report):
        document.add_paragraph(text)
    document.add_page_break()
    contents_at = len(document.element.body) - 1  # the table of contents goes right after this break
    flow.hard_break()
    flow.fresh = False  # the contents control carries its own page mark
    toc: list[tuple[str, str, int, int]] = []
    entries: list[dict[str, Any]] = []

    for b in blocks:
        before = flow.page
        if b.kind == "heading":
            if b.major:
                document.add_page_break()
                flow.hard_break()
            letter, text = split_letter(b.text) if b.level == 1 else ("", b.text)
            p = document.add_heading("", level=b.level)
            if b.level == 1 and not letter:  # "None" chosen from Word's numbering menu
                num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = 0
            _r._rendered_runs(p, text, flow.place(flow.wrap(b.text, 60), after=0.8, keep=2))
            toc.append((letter, text, b.level, flow.page))
        elif b.kind == "glossary":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            rows = [GLOSSARY_HEAD, *b.rows]
            for n, (abbr, meaning) in enumerate(rows):
                cells = table.add_row().cells
                mark = flow.place(flow.wrap(meaning, 60), after=0.3, whole=True)
                _r._rendered_runs(cells[0].paragraphs[0], abbr, None if mark is None else 0)
                cells[1].paragraphs[0].add_run(meaning)
                if n == 0:
                    for cell in cells:
                        cell.paragraphs[0].runs[-1].bold = True
        elif b.kind == "unnumbered":
            _r._rendered_runs(document.add_paragraph(), b.text, flow.place(flow.wrap(b.text, 88)))
        elif b.kind in ("para", "factor"):
            mark = flow.place(flow.wrap(b.text, body), after=0.3 if b.bullets else 1.0)
            _r._rendered_runs(document.add_paragraph(style=PARA_STYLE), b.text, mark)
            for bullet in b.bullets:
                p = document.add_paragraph(style="List Paragraph")
                p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                                       f'<w:numId w:val="{BULLET_ID}"/></w:numPr>'))
                _r._rendered_runs(p, bullet, flow.place(flow.wrap(bullet, col), after=0.3))
            flow.line += 0.7 if b.bullets else 0.0
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
        else:  # recommendations: "Recommendation N:" typed in bold, then the text
            text = f"{b.label}: {b.text}"
            mark = flow.place(flow.wrap(text, 88))
            p = document.add_paragraph()
            if mark is None or mark >= 2:
                p.add_run(f"{b.label}:").bold = True
                _r._rendered_runs(p, f" {b.text}", None if mark is None else mark - 1)
            else:  # the page begins with the label
                _r._rendered_runs(p, "", 0)
                p.add_run(f"{b.label}:").bold = True
                p.add_run(f" {b.text}")
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
    document.element.body.insert(contents_at, _contents(toc))
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=flow.page, paragraphs=entries,
                         running_header_lines=[report["running_title"], "Page N"],
                         contents_lines=[f"{letter}\t{text}\t{page}" if letter else f"{text}\t{page}"
                                         for letter, text, _level, page in toc])
    return _r._deterministic_zip(buf.getvalue()), result
