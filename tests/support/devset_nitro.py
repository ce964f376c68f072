"""DOCX writer for the fictional development set, layout ``nitro``: a review published as a PDF and turned into the
"Word version" on the board's website by a desktop PDF CONVERTER (Nitro PDF Pro's "Convert > To Word", flowing-text
mode), as such converters rebuild a document page by page from the PDF:

* EVERY PAGE OF THE PDF A SECTION of its own: the last paragraph of each page carries a next-page section break
  (``w:sectPr`` in its ``w:pPr``; the body's own ``w:sectPr`` ends the last page), so a paragraph's page is ``1 +``
  the section breaks before its first word; the PDF's page 1 is a title page, page 2 "Contents", and the foreword
  opens page 3, after which the chapters run on over the pages, as the board's Word original had them;
* the PDF's running header and footer are not Word headers and footers but FRAMED PARAGRAPHS in the body
  (``w:framePr`` anchored to the page): the running title at the top of each page from 2 and "Page N", the number
  typed as text, at its foot, each in the section of its own page (running_header_lines);
* a paragraph that ran over a page break in the PDF is TWO Word paragraphs: its first part ends its page, before the
  footer frame, and the rest opens the next page after the header frame as an unnumbered paragraph with the numbered
  paragraph's indent (expected.json ``split_across_pages``, ``continued``: the labels whose text goes on in such a
  paragraph);
* numbering ``single`` typed in bold at the start of each numbered "Body Text" paragraph ("12", a tab, the text, with a
  hanging indent); a factor list's bullets typed "•" and a tab in "List Paragraph" paragraphs; "Recommendation N:"
  typed in bold; each LINE of the PDF a run of its own, with the converter's character spacing (``w:spacing``) and
  the PDF's font written on it;
* chapter headings in "Heading 1" and subheadings in "Heading 2" (from the PDF's tags), each inside a bookmark
  ``_bookmarkN``; the contents page's lines hyperlinks to those bookmarks, "heading", a tab with a dot leader and the
  page (contents_lines); the glossary a table whose cells are in the converter's "Table Paragraph" style; the
  package's ``docProps/app.xml`` names the converter (:data:`APPLICATION`).

The PDF's pagination is simulated with fixed line capacities (:class:`devset_render._WordFlow`, :data:`NITRO`
``lines`` to a page)."""

from __future__ import annotations

import html
import io
import itertools
import re
import zipfile
from typing import Any

from . import devset_render as _r

Block = _r.Block
APPLICATION = "Nitro Pro 14"
NITRO: dict[str, Any] = {
    "font": "Arial",
    "indent": 680,  # twips: the hanging indent of a numbered paragraph, the indent of its continuation
    "bullet_indent": 1040,
    "lines": 50,  # lines of text on a page of the PDF
    "width": 80,  # characters per PDF line: numbered text, bullets, plain paragraphs
    "bullet_width": 72,
    "plain_width": 88,
    "header_y": 567,  # twips from the top of the page: the header frame; the footer frame
    "footer_y": 16044,
    "bullet": "\u2022",
    "glossary_head": ["Term", "Meaning"],
}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PG = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
       'w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/>')


class _PdfPages(_r._WordFlow):
    """The PDF's pagination: Word's line capacities (widows and orphans kept off) with the PDF's lines to a page."""

    LINES = NITRO["lines"]


def footer(page: int | str) -> str:
    return f"Page {page}"


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _runs(text: str, width: int, bold: bool = False, size: int = 22) -> str:
    """``text`` as the converter writes it: one run per line of the PDF (at ``width`` characters), each with the
    PDF's font and a character spacing of its own."""
    words = text.split(" ")
    out = []
    for a, b in itertools.pairwise([*_PdfPages.wrap(text, width), len(words)]):
        line = " ".join(words[a:b]) + (" " if b < len(words) else "")
        spacing = (width - len(line)) % 3 - 1  # the converter's fit of a justified line: -1, 0 or 1
        out.append(_run(line, bold=bold, size=size, spacing=spacing))
    return "".join(out)


def _run(text: str, bold: bool = False, size: int = 22, spacing: int = 0, tab: bool = False) -> str:
    font = NITRO["font"]
    spaced = f'<w:spacing w:val="{spacing}"/>' if spacing else ""
    rpr = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>{"<w:b/>" if bold else ""}{spaced}'
           f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')
    body = f'<w:t xml:space="preserve">{_e(text)}</w:t>' if text else ""
    return f"<w:r>{rpr}{body}{'<w:tab/>' if tab else ''}</w:r>"


def _p(content: str, style: str = "BodyText", ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{content}</w:p>'


_SPACING = '<w:spacing w:before="0" w:after="160" w:line="264" w:lineRule="auto"/>'
_BODY = f'{_SPACING}<w:jc w:val="both"/>'


def _numbered(label: str, text: str, bold_label: bool = True) -> str:
    ind = NITRO["indent"]
    ppr = (f'<w:tabs><w:tab w:val="left" w:pos="{ind}"/></w:tabs>{_SPACING}<w:ind w:left="{ind}" w:hanging="{ind}"/>'
           '<w:jc w:val="both"/>')
    return _p(_run(label, bold=bold_label, tab=True) + _runs(text, NITRO["width"]), ppr=ppr)


def _continued(text: str, width: int, indent: int) -> str:
    """The rest of a paragraph that ran over a page break, at the start of the next page: its own paragraph."""
    return _p(_runs(text, width), ppr=f'{_SPACING}<w:ind w:left="{indent}"/><w:jc w:val="both"/>' if indent else _BODY)


def _bullet(text: str) -> str:
    ind = NITRO["bullet_indent"]
    ppr = (f'<w:tabs><w:tab w:val="left" w:pos="{ind}"/></w:tabs><w:spacing w:before="0" w:after="60"/>'
           f'<w:ind w:left="{ind}" w:hanging="360"/>')
    return _p(_run(NITRO["bullet"], tab=True) + _runs(text, NITRO["bullet_width"]), style="ListParagraph", ppr=ppr)


def _frame(text: str, y: int) -> str:
    """A line of the PDF's running header or footer, placed on the page in a frame."""
    ppr = (f'<w:framePr w:w="9638" w:h="284" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
           f'w:x="1134" w:y="{y}"/><w:spacing w:before="0" w:after="0"/>')
    return _p(_run(text, size=18), ppr=ppr)


def _section_break() -> str:
    return f'<w:sectPr><w:type w:val="nextPage"/>{_PG}</w:sectPr>'


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as a PDF converter's Word version; return bytes and the expected entry."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if report["numbering"] != "single":
        raise ValueError("the nitro layout renders single numbering")
    flow, plain = _PdfPages(), NITRO["plain_width"]
    pages: list[list[str]] = [[]]  # each page's paragraphs (and tables), in order
    first_page: dict[str, int] = {}
    last_page: dict[str, int] = {}
    continued: list[str] = []
    bookmarks: list[tuple[str, int, str]] = []  # (heading text, page, bookmark name) of each level-1 heading

    def new_page() -> None:
        pages.append([])

    def place(text: str, width: int, key: str, make: Any, rest: Any, after: float = 1.0, keep: int = 0,
              whole: bool = False) -> None:
        """Lay out one paragraph of the PDF: whole on this page, whole on the next, or split between them."""
        words = text.split(" ")
        mark = flow.place(flow.wrap(text, width), after=after, keep=keep, whole=whole)
        if mark == 0 and pages[-1]:
            new_page()
        if mark:
            pages[-1].append(make(" ".join(words[:mark])))
            new_page()
            pages[-1].append(rest(" ".join(words[mark:])))
            if key:
                continued.append(key)
        else:
            pages[-1].append(make(text))
        if key:
            first_page.setdefault(key, len(pages) - (1 if mark else 0))
            last_page[key] = len(pages)

    def heading(b: Block, idx: int) -> str:
        name = f"_bookmark{idx}"
        style = "Heading1" if b.level == 1 else "Heading2"
        size = 32 if b.level == 1 else 26
        content = (f'<w:bookmarkStart w:id="{idx}" w:name="{name}"/>{_run(b.text, bold=True, size=size)}'
                   f'<w:bookmarkEnd w:id="{idx}"/>')
        return _p(content, style=style, ppr='<w:spacing w:before="240" w:after="160"/>')

    # page 1: the title page; page 2: the contents (filled in at the end); the body from page 3
    pages[0].append(_p(_run(report["title"], bold=True, size=48), ppr='<w:spacing w:before="2400" w:after="480"/>'))
    pages[0] += [_p(_run(t)) for t in _r.title_lines(report)]
    new_page()
    contents_page = pages[-1]
    flow.hard_break()
    flow.fresh = False
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            if i == 0 or blocks[i + 1].kind == "glossary":  # the foreword opens page 3 and the glossary a page of
                new_page()  # its own; the chapters run on
                flow.hard_break()
            place(b.text, 60, "", lambda _t, b=b, i=i: heading(b, i), None, after=0.8, keep=2)
            if b.level == 1:
                bookmarks.append((b.text, len(pages), f"_bookmark{i}"))
        elif b.kind == "unnumbered":
            place(b.text, plain, b.key, lambda t: _p(_runs(t, plain), ppr=_BODY), lambda t: _continued(t, plain, 0))
        elif b.kind in ("para", "factor"):
            place(b.text, NITRO["width"], b.key, lambda t, b=b: _numbered(b.label, t),
                  lambda t: _continued(t, NITRO["width"], NITRO["indent"]), after=0.4 if b.bullets else 1.0)
            for bullet in b.bullets:
                place(bullet, NITRO["bullet_width"], b.key, _bullet, None, after=0.3, whole=True)
            flow.line += 0.6 if b.bullets else 0.0
        elif b.kind == "rec":
            head = f"{b.label}:"
            place(f"{head} {b.text}", plain, b.key,
                  lambda t, head=head: _p(_run(head, bold=True) + _run(" ") + _runs(t[len(head) + 1:], plain),
                                          ppr=_BODY),
                  lambda t: _continued(t, plain, 0))
        elif b.kind == "glossary":
            rows = [tuple(NITRO["glossary_head"]), *b.rows]
            place(" ".join(f"{a} {m}" for a, m in rows), 60, "", lambda _t, rows=rows: _table(rows), None,
                  whole=True)
    contents = [f"{text}\t{page}" for text, page, _name in bookmarks]
    contents_page.append(_p(_run("Contents", bold=True, size=32), ppr='<w:spacing w:before="0" w:after="240"/>'))
    for text, page, name in bookmarks:
        link = f'<w:hyperlink w:anchor="{name}" w:history="1">{_run(text)}{_run("", tab=True)}{_run(str(page))}' \
               "</w:hyperlink>"
        contents_page.append(_p(link, ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs>'
                                          '<w:spacing w:before="0" w:after="120"/>'))

    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.subject = report["title"], report["publisher"], ""
    props.created = props.modified = props.last_printed = _r._FIXED_TIME
    props.last_modified_by, props.revision = report["publisher"], 1
    document.styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="TableParagraph">'
        '<w:name w:val="Table Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/>'
        f'<w:rPr><w:rFonts w:ascii="{NITRO["font"]}" w:hAnsi="{NITRO["font"]}" w:cs="{NITRO["font"]}"/></w:rPr>'
        "</w:style>"))
    body = document.element.body
    for el in list(body):
        body.remove(el)
    for n, page in enumerate(pages, start=1):
        items = list(page)
        if n > 1:
            items = [_frame(report["running_title"], NITRO["header_y"]), *items,
                     _frame(footer(n), NITRO["footer_y"])]
        if n < len(pages):  # the page's last paragraph ends its section
            last = items[-1]
            if not last.startswith("<w:p>"):
                items.append(_p(""))
                last = items[-1]
            items[-1] = last.replace("</w:pPr>", f"{_section_break()}</w:pPr>", 1)
        for item in items:
            body.append(parse_xml(item.replace("<w:p>", f"<w:p {nsdecls('w')}>", 1)
                                  .replace("<w:tbl>", f"<w:tbl {nsdecls('w')}>", 1)))
    body.append(parse_xml(_section_break().replace("<w:sectPr>", f"<w:sectPr {nsdecls('w')}>", 1)))
    buf = io.BytesIO()
    document.save(buf)
    entries = [_r.entry(b, first_page[b.key], last_page[b.key] > first_page[b.key]) for b in blocks if b.key]
    result = _r.expected(output, blocks, page_count=len(pages), paragraphs=entries,
                         running_header_lines=[report["running_title"], footer("N")], contents_lines=contents,
                         continued=continued)
    return _r._deterministic_zip(_with_application(buf.getvalue())), result


def _table(rows: list[tuple[str, str]]) -> str:
    """The glossary as the converter rebuilds a ruled table: explicit borders and widths, cells in "Table
    Paragraph"."""
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
           '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2835"/><w:gridCol w:w="6803"/>'
           "</w:tblGrid>"]
    for n, (term, meaning) in enumerate(rows):
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                        f'{_p(_run(text, bold=n == 0 or w == 2835, size=20), style="TableParagraph")}</w:tc>'
                        for text, w in ((term, 2835), (meaning, 6803)))
        out.append(f"<w:tr>{cells}</w:tr>")
    return "".join(out) + "</w:tbl>"


def _with_application(data: bytes) -> bytes:
    """The package with the converter named in docProps/app.xml."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                content = re.sub(rb"<Application>[^<]*</Application>",
                                 f"<Application>{APPLICATION}</Application>".encode(), content)
            dst.writestr(info, content)
    return out.getvalue()
