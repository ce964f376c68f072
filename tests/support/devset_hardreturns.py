"""DOCX writer for the fictional development set, layout ``hardreturns``: a review typed in WordPerfect 5.1 by a
council's word-processing pool and, years later, CONVERTED to .docx (Word's WordPerfect converter, then saved by
Word) for publication. The typist ended every line with a HARD RETURN, so:

* every printed LINE of a paragraph is a Word PARAGRAPH of its own (``w:p``), at the typist's line length
  (:data:`HARDRETURNS` ``width`` characters); one review paragraph is a run of several ``w:p``, and an EMPTY
  paragraph stands between two review paragraphs;
* numbering ``single`` typed by hand: "12.", a TAB and the first line's text; the lines after it open with a tab (the
  typist's indent, converted as a tab, not as a paragraph indent); a factor list's lead-in lines likewise, then each
  bullet typed "-" after a tab, its own later lines after two tabs; an unnumbered paragraph's lines have no tab;
  "Recommendation N:" in bold at the start of its first line;
* no styles at all: every ``w:p`` is Normal with direct formatting (Courier New runs); headings are BOLD UNDERLINED
  body text, chapter headings in bold underlined capitals-and-lower case, subheadings bold only;
* no page breaks: WordPerfect's [HPg] codes became RUNS OF EMPTY PARAGRAPHS that fill the page to its end (before the
  contents, before the body and before each chapter); a typed contents list ("Heading", a tab with a dot leader, the
  page); the glossary typed as lines "TERM", a tab, the meaning (later lines of a meaning after a tab);
* Word's ``w:lastRenderedPageBreak`` marks where its last layout began each page (:class:`devset_render._WordFlow`,
  one line per ``w:p``), so a mark may fall in the middle of a review paragraph (between two of its ``w:p``);
  a running header (the running title) and a footer "Page" with a PAGE field.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first line``."""

from __future__ import annotations

import html
import io
import math
from typing import Any

from . import devset_render as _r
from .devset_softbreaks import wrap  # the same typist's line breaking

Block = _r.Block
HARDRETURNS: dict[str, int] = {"width": 66}  # characters of text per typed line
FONT = "Courier New"
DASH = "-"


def _run(text: str, *, bold: bool = False, underline: bool = False, mark: bool = False) -> str:
    u = '<w:u w:val="single"/>' if underline else ""
    rpr = (f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>{"<w:b/>" if bold else ""}'
           f'{u}<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>')
    parts = ["<w:lastRenderedPageBreak/>"] if mark else []
    for i, piece in enumerate(text.split("\t")):
        if i:
            parts.append("<w:tab/>")
        if piece:
            parts.append(f'<w:t xml:space="preserve">{html.escape(piece, quote=False)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


_TABS = '<w:tabs><w:tab w:val="left" w:pos="720"/><w:tab w:val="left" w:pos="1440"/></w:tabs>'


def _p(runs: list[str], tabs: str = _TABS) -> Any:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(f'<w:p {nsdecls("w")}><w:pPr>{tabs}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                     f'</w:pPr>{"".join(runs)}</w:p>')


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered report as a converted WordPerfect document (.docx)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if report["numbering"] != "single":
        raise ValueError("the hardreturns layout renders single numbering")
    width = HARDRETURNS["width"]
    document = _r._new_document(report)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Page ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    body_el = document.element.body
    for el in list(body_el):
        if el.tag.endswith("}p"):
            body_el.remove(el)
    flow = _r._WordFlow()

    def add(p: Any) -> None:
        body_el.insert(len(body_el) - 1, p)  # before the final w:sectPr

    def fill() -> None:
        """WordPerfect's hard page: empty paragraphs to the foot of the page."""
        if flow.fresh:
            return
        for _ in range(max(0, math.ceil(flow.LINES - flow.line))):
            add(_p([]))
        flow.hard_break()

    def lines_out(lines: list[str]) -> tuple[int, bool]:
        """Each line its own paragraph, the page mark on the line where a page begins; then an empty paragraph.
        Returns the paragraph's start page and whether it ran over a page."""
        before = flow.page
        mark = flow.place(list(range(len(lines))))
        for i, line in enumerate(lines):
            add(_p([_run(line, mark=mark == i)]))
        add(_p([]))
        start = before + 1 if mark == 0 else before
        return start, flow.page > start

    title_paras = [_p([_run(report["title"], bold=True, underline=True)]), _p([])]
    for text in _r.title_lines(report):
        title_paras += [_p([_run(text)]), _p([])]
    for p in title_paras:
        add(p)
    flow.line = float(len(title_paras))
    fill()  # page 2: the contents, inserted at the end
    contents_at = len(body_el) - 1
    n_toc = sum(b.kind == "heading" and b.level == 1 for b in blocks)
    flow.line = float(2 + n_toc)
    flow.fresh = False
    fill()
    toc: list[tuple[str, int]] = []
    entries: list[dict[str, Any]] = []
    first_heading = True
    for b in blocks:
        if b.kind == "heading":
            if b.major and not first_heading:
                fill()
            first_heading = False
            mark = flow.place([0], after=1.0, keep=2)
            add(_p([_run(b.text, bold=True, underline=b.level == 1, mark=mark is not None)]))
            add(_p([]))
            if b.level == 1:
                toc.append((b.text, flow.page))
        elif b.kind == "glossary":
            lines: list[str] = []
            for abbr, meaning in [("Term", "Meaning"), *b.rows]:
                first, *rest = wrap(meaning, width - 20)
                lines += [f"{abbr}\t{first}", *(f"\t{x}" for x in rest)]
            mark = flow.place(list(range(len(lines))))
            tabs = '<w:tabs><w:tab w:val="left" w:pos="2880"/></w:tabs>'
            for i, line in enumerate(lines):
                add(_p([_run(line, mark=mark == i)], tabs))
        elif b.kind == "unnumbered":
            lines_out(wrap(b.text, width))
        elif b.kind == "rec":
            lines = wrap(f"{b.label}: {b.text}", width)
            head = f"{b.label}:"
            lines[0] = lines[0].removeprefix(head)
            before = flow.page
            mark = flow.place(list(range(len(lines))))
            for i, line in enumerate(lines):
                runs = [_run(line, mark=mark == i and i > 0)]
                if i == 0:
                    runs.insert(0, _run(head, bold=True, mark=mark == 0))
                add(_p(runs))
            add(_p([]))
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
        else:
            lines = wrap(b.text, width - 6)
            lines = [f"{b.label}.\t{lines[0]}", *(f"\t{x}" for x in lines[1:])]
            for bullet in b.bullets:
                first, *rest = wrap(bullet, width - 12)
                lines += [f"\t{DASH}\t{first}", *(f"\t\t{x}" for x in rest)]
            start, split = lines_out(lines)
            entries.append(_r.entry(b, start, split))
    tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'
    contents = [f"{text}\t{page}" for text, page in toc]
    toc_paras = [_p([_run("Contents", bold=True, underline=True, mark=True)]), _p([])]
    toc_paras += [_p([_run(line)], tabs) for line in contents]
    for n, p in enumerate(toc_paras):
        body_el.insert(contents_at + n, p)
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=flow.page, paragraphs=entries,
                         running_header_lines=[report["running_title"], "Page N"], contents_lines=contents)
    return _r._deterministic_zip(buf.getvalue()), result
