"""DOCX writer for the fictional development set, layout ``seqfields``: a review written in a partnership's Word
template that numbers its chapters and paragraphs with Word FIELDS rather than with list numbering or typed numbers, as
legal and inquiry templates often do (an AutoText entry inserts the fields at the start of each paragraph):

* each chapter heading (Heading 1) opens with a ``SEQ Chapter \\* ARABIC`` field, then a tab and the title; each
  numbered paragraph (style "Numbered Para", a hanging indent) opens with ``SEQ Chapter \\c \\* ARABIC`` (the chapter
  number again), a typed ".", ``SEQ Para \\s 1 \\* ARABIC`` (restarting after every Heading 1) and a tab, so that it
  reads "3.12<tab>The ..." (numbering ``two-level``, cited "3.12"); recommendations are typed "Recommendation " with a
  ``SEQ Rec \\* ARABIC`` field and ":" in bold; every field is a complex field (``w:fldChar`` begin, ``w:instrText``,
  separate, the CACHED RESULT in an ordinary ``w:t`` run marked ``w:noProof``, end), so the number is in the text only
  as a field result and the field codes are not text at all;
* cross-references in the text ("see paragraph 3.13", "see paragraphs 3.1 and 3.14") are ``REF _Ref... \\h`` fields
  whose cached results are the numbers, pointing at ``_Ref`` bookmarks placed around the number fields of the
  paragraphs they name;
* unnumbered Heading 2 subheadings, "List Bullet" bullets, the foreword and the glossary under unnumbered Heading 1
  headings (the glossary, "Abbreviations and agencies", a table with a header row at the FRONT, after the contents), a
  table-of-contents field (number, tab, heading, tab, page), a hard page break before each chapter, the running title
  in the header and "Page" with a PAGE field in the footer, and ``w:lastRenderedPageBreak`` marks at every page start
  (:class:`devset_render._WordFlow`), also inside paragraphs that run over a page and before a field's begin when a
  paragraph starts a page.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first w:t`` (its number's cached
result). ``expected.json`` adds ``cross_references`` ({paragraph, refers_to}), which are text of the review."""

from __future__ import annotations

import html
import io
import re
from typing import Any

from . import devset_render as _r
from .devset_wordlevels import _contents, _split_number

Block = _r.Block
PARA_STYLE = "Numbered Para"
GLOSSARY_HEAD = ("Term", "What it means")
CHAPTER, PARA, REC = " SEQ Chapter \\* ARABIC ", " SEQ Chapter \\c \\* ARABIC ", " SEQ Rec \\* ARABIC "
PARA_NUMBER = " SEQ Para \\s 1 \\* ARABIC "
XREF_RE = re.compile(r"see paragraphs? (\d+\.\d+)(?: and (\d+\.\d+))?")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(content: str, *, bold: bool = False, result: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:noProof/>" if result else "")
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{content}</w:r>"


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _field(instr: str, result: str, *, bold: bool = False, mark: bool = False) -> str:
    """A complex field with its cached result; ``mark``: a rendered page break before it (the page began here)."""
    begin = ("<w:lastRenderedPageBreak/>" if mark else "") + '<w:fldChar w:fldCharType="begin"/>'
    return (_run(begin, bold=bold) + _run(f'<w:instrText xml:space="preserve">{html.escape(instr)}</w:instrText>',
                                          bold=bold)
            + _run('<w:fldChar w:fldCharType="separate"/>', bold=bold) + _run(_t(result), bold=bold, result=True)
            + _run('<w:fldChar w:fldCharType="end"/>', bold=bold))


def _text_runs(text: str, mark: int | None, bookmarks: dict[str, str]) -> str:
    """Runs for ``text``: cross-references as REF fields, a rendered page break before word ``mark`` (if any)."""
    refs = [(m.start(g), m.end(g)) for m in XREF_RE.finditer(text) for g in (1, 2) if m.group(g)]
    cut = None
    if mark is not None:
        words = text.split(" ")
        cut = len(" ".join(words[:mark])) + (1 if mark else 0)
    out, pos = [], 0
    for start, end in [*refs, (len(text), len(text))]:
        plain = text[pos:start]
        if cut is not None and pos <= cut < start:
            out += [_run(_t(plain[:cut - pos])) if cut > pos else "",
                    _run("<w:lastRenderedPageBreak/>" + _t(plain[cut - pos:]))]
        elif plain:
            out.append(_run(_t(plain)))
        if end > start:
            label = text[start:end]
            if label not in bookmarks:
                raise ValueError(f"cross-reference to a paragraph that does not exist: {label}")
            field = _field(f" REF {bookmarks[label]} \\h ", label, mark=cut == start)
            out.append(field)
        pos = end
    return "".join(out)


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level report as a Word file numbered by SEQ fields."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm

    if report["numbering"] != "two-level":
        raise ValueError("the seqfields layout renders two-level numbering")
    document = _r._new_document(report)
    style = document.styles.add_style(PARA_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.paragraph_format.left_indent, style.paragraph_format.first_line_indent = Cm(1.5), Cm(-1.5)
    style.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    footer = document.sections[0].footer.paragraphs[0]
    footer._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Page </w:t></w:r>'))
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    flow, body, col = _r._WordFlow(), 76, 82  # characters per line: numbered text (hanging label), lists/cells
    document.add_heading(report["title"], level=0)
    for text in _r.title_lines(report):
        document.add_paragraph(text)
    document.add_page_break()
    contents_at = len(document.element.body) - 1  # the table of contents goes right after this break
    flow.hard_break()
    flow.fresh = False  # the contents control carries its own page mark

    targets = {label for b in blocks for m in XREF_RE.finditer(b.text) for label in m.groups() if label}
    bookmarks = {label: f"_Ref{170482000 + 7 * n}" for n, label in enumerate(sorted(
        targets, key=lambda x: tuple(int(p) for p in x.split("."))))}
    ids = {label: n for n, label in enumerate(bookmarks)}
    toc: list[tuple[str, str, int, int]] = []
    entries: list[dict[str, Any]] = []
    xrefs: list[dict[str, Any]] = []

    def add(xml: str, style_id: str = "") -> None:
        ppr = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
        body_el = document.element.body
        body_el.insert(len(body_el) - 1, parse_xml(f'<w:p {nsdecls("w")}>{ppr}{xml}</w:p>'))

    for b in blocks:
        before = flow.page
        if b.kind == "heading":
            if b.major:
                document.add_page_break()
                flow.hard_break()
            number, text = _split_number(b.text) if b.level == 1 else ("", b.text)
            mark = flow.place(flow.wrap(b.text, 60), after=0.8, keep=2)
            if number:  # "{ SEQ Chapter }", a tab, the title
                add(_field(CHAPTER, number, mark=mark is not None) + _run("<w:tab/>") + _run(_t(text)),
                    document.styles["Heading 1"].style_id)
            else:
                _r._rendered_runs(document.add_heading("", level=b.level), text, mark)
            toc.append((number, text, b.level, flow.page))
        elif b.kind == "glossary":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            for n, (abbr, meaning) in enumerate([GLOSSARY_HEAD, *b.rows]):
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
            chapter, number = b.label.split(".")
            mark = flow.place(flow.wrap(b.text, body), after=0.3 if b.bullets else 1.0)
            label = _field(PARA, chapter, mark=mark == 0) + _run(_t(".")) + _field(PARA_NUMBER, number)
            if b.label in bookmarks:
                name, bid = bookmarks[b.label], ids[b.label]
                label = (f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{label}'
                         f'<w:bookmarkEnd w:id="{bid}"/>')
            add(label + _run("<w:tab/>") + _text_runs(b.text, mark or None, bookmarks),
                document.styles[PARA_STYLE].style_id)
            for bullet in b.bullets:
                _r._rendered_runs(document.add_paragraph(style="List Bullet"), bullet,
                                  flow.place(flow.wrap(bullet, col), after=0.3))
            flow.line += 0.7 if b.bullets else 0.0
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
            refs = [label for m in XREF_RE.finditer(b.text) for label in m.groups() if label]
            if refs:
                xrefs.append({"paragraph": b.label, "refers_to": refs})
        else:  # "Recommendation { SEQ Rec }:" in bold, then the text
            number = b.label.split()[-1]
            mark = flow.place(flow.wrap(f"{b.label}: {b.text}", 88))
            head = (_run(("<w:lastRenderedPageBreak/>" if mark == 0 else "") + _t("Recommendation "), bold=True)
                    + _field(REC, number, bold=True) + _run(_t(":"), bold=True) + _run(_t(" ")))
            add(head + _text_runs(b.text, None if not mark else max(mark - 2, 0), bookmarks))
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
    document.element.body.insert(contents_at, _contents(toc))
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=flow.page, paragraphs=entries,
                         running_header_lines=[report["running_title"], "Page N"],
                         contents_lines=[f"{number}\t{text}\t{page}" if number else f"{text}\t{page}"
                                         for number, text, _level, page in toc],
                         cross_references=xrefs)
    return _r._deterministic_zip(buf.getvalue()), result
