"""DOCX writer for the fictional development set, layout ``multilevel``: a report whose three-level numbers
("2.3.1") are Word's own automatic multi-level numbering, as a Word user sets it up with "Define new
multilevel list":

* one ``w:abstractNum`` (``multiLevelType`` "multilevel") with level 1 "%1" linked to the style Heading 1,
  level 2 "%1.%2" linked to Heading 2 and level 3 "%1.%2.%3" linked to a paragraph style "Numbered
  Paragraph"; the styles carry the ``w:numPr``, so neither the numbers nor any ``w:numPr`` are in the
  paragraphs themselves, and the body text starts with its first word;
* headings that must not be numbered (the foreword and the glossary) are Heading 1 paragraphs whose own
  ``w:numPr`` sets ``w:numId`` 0, which is how Word records "None" chosen from the numbering menu;
* bullets from a separate bullet list definition; recommendations typed "Recommendation N:" (label in
  bold) in ordinary paragraphs; the glossary a two-column table at the back;
* a table-of-contents field (levels 1-2) in a content control, each entry as Word writes it: the list
  number, a tab, the heading, a tab, the page;
* a hard page break before each chapter, a footer with a PAGE field, and ``w:lastRenderedPageBreak``
  marks at every page start (Word's record of its pagination, simulated with the fixed line capacities
  of :class:`devset_render._WordFlow`), also right after hard breaks and inside paragraphs that run over
  a page.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first word``."""

from __future__ import annotations

import html
import io
from typing import Any

from . import devset_render as _r

Block = _r.Block
NUM_ID, BULLET_ID = "70", "71"
PARA_STYLE = "Numbered Paragraph"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


_LEVELS = (("Heading 1", "decimal", "%1", 567), ("Heading 2", "decimal", "%1.%2", 709),
           (PARA_STYLE, "decimal", "%1.%2.%3", 851))


def _numbering(document: Any, num_id: str = NUM_ID, bullet_id: str = BULLET_ID,
               levels: tuple[tuple[str, str, str, int], ...] = _LEVELS) -> None:
    """The multi-level list ``num_id``, each of its ``levels`` (paragraph style, number format, level text, indent)
    linked to its style (the style ``PARA_STYLE`` is made here), and a bullet list ``bullet_id``: by default
    Heading 1, Heading 2 and "Numbered Paragraph" numbered "%1", "%1.%2" and "%1.%2.%3" (``devset_wordletters``
    passes its lettered two levels)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    para = document.styles.add_style(PARA_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    para.base_style = document.styles["Normal"]
    styles = [para if name == PARA_STYLE else document.styles[name] for name, _fmt, _text, _ind in levels]
    lvls = []
    for ilvl, (style, (_name, fmt, text, ind)) in enumerate(zip(styles, levels, strict=True)):
        lvls.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:pStyle w:val="{style.style_id}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>')
    bullet = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1211" w:hanging="360"/></w:pPr></w:lvl>')
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{_W}}}num")
    for nid, kind, body in ((num_id, "multilevel", "".join(lvls)), (bullet_id, "singleLevel", bullet)):
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{nid}">'
                             f'<w:multiLevelType w:val="{kind}"/>{body}</w:abstractNum>')
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{nid}"/>'
                                   "</w:num>"))
    for ilvl, style in enumerate(styles):
        num_pr = style.element.get_or_add_pPr().get_or_add_numPr()  # in schema order
        if ilvl:
            num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = int(num_id)


def _contents(entries: list[tuple[str, str, int, int]]) -> Any:
    """A Word table-of-contents field inside a content control: number, tab, heading, tab, page."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    e = html.escape
    paras = ['<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:lastRenderedPageBreak/>'
             "<w:t>Contents</w:t></w:r></w:p>"]
    for n, (number, text, level, page) in enumerate(entries):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                 ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 if n == 0 else "")
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(entries) - 1 else ""
        num = f"<w:r><w:t>{e(number)}</w:t></w:r><w:r><w:tab/></w:r>" if number else ""
        paras.append(f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="left" w:pos="{440 * level}"/>'
                     f'<w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{begin}{num}'
                     f'<w:r><w:t xml:space="preserve">{e(text)}</w:t></w:r><w:r><w:tab/></w:r>'
                     f"<w:r><w:t>{page}</w:t></w:r>{end}</w:p>")
    return parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                     f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')


def _split_number(heading: str) -> tuple[str, str]:
    """"2.3 Family involvement" -> ("2.3", "Family involvement"); an unnumbered heading -> ("", heading)."""
    head, _, rest = heading.partition(" ")
    return (head, rest) if head.replace(".", "").isdigit() else ("", heading)


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one three-level report as a Word file with automatic multi-level numbering."""
    if report["numbering"] != "three-level":
        raise ValueError("the multilevel layout renders three-level numbering")

    def heading(b: Block) -> tuple[str, str, bool]:
        number, text = _split_number(b.text)
        return number, text, not number

    return render_numbered(report, output, blocks, _numbering, heading, BULLET_ID, None, [report["running_title"]])


def render_numbered(report: dict[str, Any], output: dict[str, Any], blocks: list[Block], numbering: Any,
                    heading: Any, bullet_id: str, glossary_head: tuple[str, str] | None,
                    header_lines: list[str]) -> tuple[bytes, dict]:
    """A report as a Word file whose numbers are Word's own automatic numbering (layouts ``multilevel`` and
    ``wordletters``): ``numbering(document)`` sets up the lists; ``heading(block)`` gives a heading's number (or
    letter), its text and whether its paragraph turns the numbering off ("None" from the numbering menu); bullets
    from the list ``bullet_id``; the glossary under the row ``glossary_head`` (in bold) if given; ``header_lines``
    the running lines expected.json gives."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = _r._new_document(report)
    numbering(document)
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
            number, text, off = heading(b)
            p = document.add_heading("", level=b.level)
            if off:  # "None" chosen from Word's numbering menu
                num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = 0
            _r._rendered_runs(p, text, flow.place(flow.wrap(b.text, 60), after=0.8, keep=2))
            toc.append((number, text, b.level, flow.page))
        elif b.kind == "glossary":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            rows = [glossary_head, *b.rows] if glossary_head else b.rows
            for n, (abbr, meaning) in enumerate(rows):
                cells = table.add_row().cells
                mark = flow.place(flow.wrap(meaning, 60), after=0.3, whole=True)
                _r._rendered_runs(cells[0].paragraphs[0], abbr, None if mark is None else 0)
                cells[1].paragraphs[0].add_run(meaning)
                if glossary_head and n == 0:
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
                                                       f'<w:numId w:val="{bullet_id}"/></w:numPr>'))
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
                         running_header_lines=header_lines,
                         contents_lines=[f"{number}\t{text}\t{page}" if number else f"{text}\t{page}"
                                         for number, text, _level, page in toc])
    return _r._deterministic_zip(buf.getvalue()), result
