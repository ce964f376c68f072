"""DOCX writer for the fictional development set, layout ``softbreaks``: a review exported from a partnership's case
recording system as a RICH TEXT document and then saved in Word format, as it was published. The export fixed the
line length, so:

* every paragraph's lines are ended by SOFT LINE BREAKS (``w:br`` without a type, "\\n" in python-docx's text) at the
  export's line width (:data:`SOFTBREAKS` ``width`` characters of text), words never broken; the paragraph itself
  ends only where the review's paragraph ends, and an EMPTY paragraph follows each one (the export's blank line);
* numbering ``two-level`` TYPED by hand: "4.12", a tab and the text, in a Normal paragraph with a hanging indent (the
  lines after each soft break start at the indent); a factor list is ONE paragraph: the lead-in's lines, then a soft
  break before each bullet, typed "•", a tab and the bullet's text (a bullet's own second line starts with a tab);
* no heading styles at all: every paragraph is Normal with direct formatting (Arial runs); chapter headings typed
  "4 Key events" in bold 13 pt, subheadings bold italic, both "keep with next"; "Recommendation N:" in bold run in;
* a typed contents list ("4 Key events", a tab with a dot leader, the page), a hard page break (``w:br
  w:type="page"``) before each chapter, a running header and a footer "Page" with a PAGE field, and
  ``w:lastRenderedPageBreak`` marks where Word's last layout began each page (:class:`devset_render._WordFlow`),
  which may fall after a soft break inside a paragraph; the glossary a Word table at the back.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first word``."""

from __future__ import annotations

import html
import io
from typing import Any

from . import devset_render as _r

Block = _r.Block
SOFTBREAKS: dict[str, int] = {"width": 70, "plain": 80}  # characters of text per exported line
GLOSSARY_HEAD = ("Term", "Meaning")
FONT = "Arial"


def wrap(text: str, width: int) -> list[str]:
    """The export's lines: words joined by single spaces, at most ``width`` characters (a longer word alone)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def _run(text: str, *, bold: bool = False, italic: bool = False, size: int = 22, br: str = "",
         mark: bool = False) -> str:
    """One run: an optional break first (``br`` "line" or "page"), a rendered page mark, then text with tabs."""
    rpr = (f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>{"<w:b/>" if bold else ""}'
           f'{"<w:i/>" if italic else ""}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')
    parts = []
    if br:
        parts.append('<w:br w:type="page"/>' if br == "page" else "<w:br/>")
    if mark:
        parts.append("<w:lastRenderedPageBreak/>")
    for i, piece in enumerate(text.split("\t")):
        if i:
            parts.append("<w:tab/>")
        if piece:
            parts.append(f'<w:t xml:space="preserve">{html.escape(piece, quote=False)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def _paragraph(document: Any, runs: list[str], *, indent: bool = False, keep: bool = False, tabs: str = "") -> Any:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = ('<w:pPr>' + ('<w:keepNext/>' if keep else '') + tabs
           + ('<w:ind w:left="851" w:hanging="851"/>' if indent else '') + '<w:spacing w:after="0"/></w:pPr>')
    p = parse_xml(f'<w:p {nsdecls("w")}>{ppr}{"".join(runs)}</w:p>')
    body = document.element.body
    body.insert(len(body) - 1, p)  # before the final w:sectPr
    return p


def _lines_runs(lines: list[str], mark: int | None, **kw: Any) -> list[str]:
    """Runs for a paragraph's lines, a soft break before every line after the first and the page mark (if any)
    at the start of line ``mark``."""
    return [_run(line, br="line" if i else "", mark=mark == i, **kw) for i, line in enumerate(lines)]


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level report as an exported rich-text document saved as .docx."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if report["numbering"] != "two-level":
        raise ValueError("the softbreaks layout renders two-level numbering")
    width, plain = SOFTBREAKS["width"], SOFTBREAKS["plain"]
    document = _r._new_document(report)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Page ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    body_el = document.element.body
    for el in list(body_el):  # python-docx's template starts with no paragraphs, but be sure
        if el.tag.endswith("}p"):
            body_el.remove(el)
    flow = _r._WordFlow()

    def blank() -> None:
        _paragraph(document, [])

    _paragraph(document, [_run(report["title"], bold=True, size=32)])
    for text in _r.title_lines(report):
        blank()
        _paragraph(document, [_run(text)])
    _paragraph(document, [_run("", br="page")])
    flow.hard_break()
    contents_at = len(body_el) - 1
    flow.fresh = False  # the contents list carries its own page mark
    toc: list[tuple[str, int]] = []
    entries: list[dict[str, Any]] = []
    for b in blocks:
        before = flow.page
        if b.kind == "heading":
            if b.major:
                _paragraph(document, [_run("", br="page")])
                flow.hard_break()
            mark = flow.place([0], after=1.0, keep=2)
            _paragraph(document, [_run(b.text, bold=True, italic=b.level == 2, size=26 if b.level == 1 else 22,
                                       mark=mark is not None)], keep=True)
            blank()
            if b.level == 1:
                toc.append((b.text, flow.page))
        elif b.kind == "glossary":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            for n, (abbr, meaning) in enumerate([GLOSSARY_HEAD, *b.rows]):
                cells = table.add_row().cells
                mark = flow.place(list(range(len(wrap(meaning, 60)))), after=0.3, whole=True)
                _r._rendered_runs(cells[0].paragraphs[0], abbr, None if mark is None else 0)
                cells[1].paragraphs[0].add_run(meaning)
                if n == 0:
                    for cell in cells:
                        cell.paragraphs[0].runs[-1].bold = True
        elif b.kind == "unnumbered":
            lines = wrap(b.text, plain)
            mark = flow.place(list(range(len(lines))))
            _paragraph(document, _lines_runs(lines, mark))
            blank()
        elif b.kind == "rec":
            lines = wrap(f"{b.label}: {b.text}", plain)
            lines[0] = lines[0].removeprefix(f"{b.label}:")
            mark = flow.place(list(range(len(lines))))
            runs = _lines_runs(lines, mark)
            runs.insert(0, _run(f"{b.label}:", bold=True, mark=mark == 0))
            runs[1] = runs[1].replace("<w:lastRenderedPageBreak/>", "")
            _paragraph(document, runs)
            blank()
            entries.append(_r.entry(b, before + 1 if mark == 0 else before, flow.page > (
                before + 1 if mark == 0 else before)))
        else:
            lines = wrap(b.text, width)
            lines[0] = f"{b.label}\t{lines[0]}"
            for bullet in b.bullets:
                first, *rest = wrap(bullet, width - 4)
                lines += [f"\u2022\t{first}", *(f"\t{x}" for x in rest)]
            mark = flow.place(list(range(len(lines))))
            _paragraph(document, _lines_runs(lines, mark), indent=True)
            blank()
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
    tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'
    contents = [f"{text}\t{page}" for text, page in toc]
    toc_paras = [parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/></w:pPr>'
                           f'{_run("Contents", bold=True, size=26, mark=True)}</w:p>'),
                 parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')]
    toc_paras += [parse_xml(f'<w:p {nsdecls("w")}><w:pPr>{tabs}<w:spacing w:after="0"/></w:pPr>{_run(line)}</w:p>')
                  for line in contents]
    for n, p in enumerate(toc_paras):
        body_el.insert(contents_at + n, p)
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=flow.page, paragraphs=entries,
                         running_header_lines=[report["running_title"], "Page N"], contents_lines=contents)
    return _r._deterministic_zip(buf.getvalue()), result
