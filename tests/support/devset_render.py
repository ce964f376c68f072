"""Renderers for the fictional development set: the :class:`Block` model, the ``expected.json`` entries,
and the DOCX and HTML writers (the PDF writer is :mod:`devset_pdf`). See :mod:`devset` for the files.

This module imports nothing from its siblings, so that ``devset`` can load it by path when it is itself
loaded by path (``lessons eval`` runs the generator from the source checkout)."""

from __future__ import annotations

import datetime as _dt
import html
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FICTION_LABEL: str = "FICTIONAL DOCUMENT – written for software testing; not a real review"
_FIXED_TIME = _dt.datetime(2020, 1, 1, 0, 0, 0)
PUNCT = ",.;:!?)(\"'“”‘’"


@dataclass(frozen=True)
class Block:
    """One element of a report in reading order (after numbering)."""

    kind: str  # "heading" | "unnumbered" | "para" | "factor" | "finding" | "rec" | "glossary"
    text: str = ""  # heading text as displayed, or paragraph body / factor-list lead-in
    label: str = ""  # citation label: "4.9.5", "3.12", "12", "Recommendation 3"; empty when unnumbered
    level: int = 0  # heading level (1 or 2)
    bullets: tuple[str, ...] = ()  # a factor list's bullets; a finding's two other cells (found, change)
    section: str = ""  # nearest heading text as displayed
    major: bool = False  # level-1 heading (starts a new page in DOCX)
    key: str = ""  # unique id of a body paragraph: its label, or "u7" for an unnumbered one
    printed: str = ""  # printed label where it differs from the citation label ("Paragraph 12")
    rows: tuple[tuple[str, str], ...] = ()  # glossary entries (abbreviation, meaning)


def starts_with(text: str) -> str:
    return " ".join(text.split()[:8])


def entry(block: Block, page: int | None = None, split: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "paragraph": block.label or None,
        "page": page,
        "split_across_pages": split,
        "starts_with": starts_with(block.text),
        "section": block.section,
    }
    if block.printed:
        out["printed_label"] = block.printed
    return out


def expected(output: dict[str, Any], blocks: list[Block], **extra: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "file": output["file"],
        "format": output["format"],
        "page_count": None,
        "paragraphs": [entry(b) for b in blocks if b.key],
        "unnumbered_starts_with": [starts_with(b.text) for b in blocks if b.kind == "unnumbered"],
        "running_header_lines": [],
        "contents_lines": [],
        "hyphenated_words": [],
        "broken_compounds": [],
    }
    result.update(extra)
    return result


def title_lines(report: dict[str, Any]) -> list[str]:
    """Front-matter lines of the title page after the title, in order."""
    return [FICTION_LABEL, report["date"], report["publisher"], *report.get("title_page", [])]


def footnote_anchors(report: dict[str, Any], blocks: list[Block]) -> list[tuple[int, str, str]]:
    """The report's footnotes as (block index, text after which the reference goes, note text with its white space
    folded), the block being the first paragraph or factor list holding that text; in reading order, or ValueError."""
    notes: list[tuple[int, str, str]] = []
    for note in report.get("footnotes", []):
        idx = next(i for i, b in enumerate(blocks) if b.kind in ("para", "factor") and note["after"] in b.text)
        notes.append((idx, note["after"], " ".join(note["text"].split())))
    if [n[0] for n in notes] != sorted(n[0] for n in notes):
        raise ValueError("footnotes must be listed in reading order")
    return notes


def footnote_refs(report: dict[str, Any], blocks: list[Block]) -> tuple[list[tuple[str, str]],
                                                                          dict[int, list[tuple[int, str]]]]:
    """The report's footnotes as (text after which the reference goes, note text), white space folded, numbered from 1
    in their order; and by block index the references each paragraph or factor list holds [(note number, that
    text)], each note looked for from the block of the note before it on (a PDF's numbered footnotes), or ValueError."""
    notes = [(" ".join(n["after"].split()), " ".join(n["text"].split())) for n in report.get("footnotes", [])]
    anchors: dict[int, list[tuple[int, str]]] = {}  # block index -> [(note number, anchor text)]
    nxt = 0
    for idx, b in enumerate(blocks):
        while nxt < len(notes) and b.kind in ("para", "factor") and notes[nxt][0] in b.text:
            anchors.setdefault(idx, []).append((nxt + 1, notes[nxt][0]))
            nxt += 1
    if nxt != len(notes):
        raise ValueError(f"footnote anchor not found in reading order: {notes[nxt][0]!r}")
    return notes, anchors


def page_entries(blocks: list[Block], records: dict[str, list[int]]) -> list[dict[str, Any]]:
    """The key's entry of every keyed block from ``records`` (key -> first and last page): split when they differ."""
    return [entry(b, records[b.key][0], records[b.key][1] > records[b.key][0]) for b in blocks if b.key]


# --------------------------------------------------------------------------------------- DOCX
def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a zip archive with fixed timestamps so repeated builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zinfo = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            zinfo.external_attr = 0o644 << 16
            dst.writestr(zinfo, src.read(info.filename))
    return out.getvalue()


def _new_document(report: dict[str, Any]) -> Any:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.subject = report["title"], report["publisher"], FICTION_LABEL
    props.created = props.modified = props.last_printed = _FIXED_TIME
    props.last_modified_by, props.revision = "devset generator", 1
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = report["running_title"]
    return document


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as DOCX with explicit page breaks; return bytes and expected entry."""
    if output.get("layout") == "sar":
        return _render_docx_sar(report, output, blocks)
    document = _new_document(report)

    # Page plan: 1 title, 2 contents, then a page break before every level-1 heading.
    page_of: list[int] = []
    page = 2
    for b in blocks:
        page += 1 if b.kind == "heading" and b.major else 0
        page_of.append(page)

    document.add_heading(report["title"], level=0)
    for text in (FICTION_LABEL, report["date"], report["publisher"]):
        document.add_paragraph(text)
    document.add_page_break()
    document.add_paragraph().add_run("Contents").bold = True
    contents = [f"{b.text}\t{page_of[i]}" for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    for line in contents:
        document.add_paragraph(line)
    entries = []
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            if b.major:
                document.add_page_break()
            document.add_heading(b.text, level=b.level)
        elif b.kind == "unnumbered":
            document.add_paragraph(b.text)
        elif b.kind in ("para", "factor"):
            document.add_paragraph(f"{b.label} {b.text}")
            for bullet in b.bullets:
                document.add_paragraph(bullet, style="List Bullet")
        else:
            p = document.add_paragraph()
            p.add_run(f"{b.label}:").bold = True
            p.add_run(f" {b.text}")
        if b.label:
            entries.append(entry(b, page_of[i], False))
    buf = io.BytesIO()
    document.save(buf)
    result = expected(output, blocks, page_count=page_of[-1], paragraphs=entries,
                      running_header_lines=[report["running_title"]], contents_lines=contents)
    return _deterministic_zip(buf.getvalue()), result


class _WordFlow:
    """Word's pagination, simulated with fixed line capacities (A4, 11 pt, 2.54 cm margins), to place
    the ``w:lastRenderedPageBreak`` marks that Word writes where each page began when it last saved."""

    LINES = 46

    def __init__(self) -> None:
        self.page, self.line, self.fresh = 1, 0.0, False

    def hard_break(self) -> None:
        self.page, self.line, self.fresh = self.page + 1, 0.0, True

    @staticmethod
    def wrap(text: str, width: int) -> list[int]:
        """Index of the first word of each line."""
        starts, used = [0], 0
        for i, word in enumerate(text.split(" ")):
            if used and used + 1 + len(word) > width:
                starts.append(i)
                used = len(word)
            else:
                used += len(word) + (1 if used else 0)
        return starts

    def place(self, lines: list[int], after: float = 1.0, keep: int = 0, whole: bool = False) -> int | None:
        """Lay out a paragraph whose lines start at the given word indices. Returns the index of the
        word before which a new page began (0: at the start of the paragraph), or None. ``keep``: lines
        of the next paragraph that must fit too (a heading); ``whole``: never split (a table row)."""
        n, room = len(lines), int(self.LINES - self.line)
        if self.fresh:  # first paragraph after a hard break: Word marks the page start here too
            self.fresh, self.line = False, n + after
            return 0
        if n + keep <= room:
            self.line += n + after
            return None
        k = room if n - room >= 2 and room >= 2 and not keep and not whole else 0  # widows and orphans
        self.page, self.line = self.page + 1, (n - k) + after
        return lines[k] if k else 0


def _rendered_runs(paragraph: Any, text: str, mark: int | None) -> None:
    """Add ``text`` as runs, with a rendered page-break mark before word ``mark`` (if any)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if mark is None:
        paragraph.add_run(text)
        return
    words = text.split(" ")
    run = paragraph.add_run(" ".join(words[:mark]) + (" " if mark else ""))
    run._r.append(OxmlElement("w:lastRenderedPageBreak"))
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = " ".join(words[mark:])
    run._r.append(t)


def _sar_numbering(document: Any) -> None:
    """Word automatic numbering: "Paragraph %1" linked to a paragraph style, and a bullet list."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr>{rpr}</w:lvl>')
    defs = {"90": lvl.format(fmt="decimal", text="Paragraph %1", ind=1560, rpr="<w:rPr><w:b/></w:rPr>"),
            "91": lvl.format(fmt="bullet", text="\u2022", ind=360, rpr="")}
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for num_id, level in defs.items():
        first_num.addprevious(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
                                        f'<w:multiLevelType w:val="singleLevel"/>{level}</w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/>'
                                   "</w:num>"))
    style = document.styles.add_style("Numbered Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="90"/></w:numPr>'))


def _sar_contents(entries: list[tuple[str, int, int]]) -> Any:
    """A Word table-of-contents field inside a content control, as Word inserts it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    e = html.escape
    paras = ['<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:lastRenderedPageBreak/>'
             "<w:t>Contents</w:t></w:r></w:p>"]
    for n, (text, level, page) in enumerate(entries):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                 ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 if n == 0 else "")
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(entries) - 1 else ""
        paras.append(f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot"'
                     f' w:pos="9016"/></w:tabs></w:pPr>{begin}<w:r><w:t xml:space="preserve">{e(text)}</w:t></w:r>'
                     f"<w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r>{end}</w:p>")
    return parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                     f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')


def _render_docx_sar(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """A Word file as Word saves it: automatic "Paragraph N" numbering from a paragraph style, bullets
    from a numbering definition, tables for the glossary and the recommendations, a table-of-contents
    field, hard page breaks before chapters (the recommendations use "page break before" instead), a
    footer with a page field, and ``w:lastRenderedPageBreak`` marks at every page start."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = _new_document(report)
    _sar_numbering(document)
    footer = document.sections[0].footer.paragraphs[0]
    footer._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Page </w:t></w:r>'))
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    flow, body, col = _WordFlow(), 76, 82  # characters per line: numbered text (hanging label), lists/cells
    document.add_heading(report["title"], level=0)
    for text in title_lines(report):
        document.add_paragraph(text)
    document.add_page_break()
    contents_at = len(document.element.body) - 1  # the place just after this break, where the contents go
    flow.hard_break()
    flow.fresh = False  # the contents control carries its own page mark
    toc: list[tuple[str, int, int]] = []
    entries: list[dict[str, Any]] = []
    table: Any = None

    def row(label: str, text: str, width: int) -> None:
        cells = table.add_row().cells
        mark = flow.place(flow.wrap(text, width), after=0.3, whole=True)
        _rendered_runs(cells[0].paragraphs[0], label, None if mark is None else 0)
        cells[1].paragraphs[0].add_run(text)

    for i, b in enumerate(blocks):
        before = flow.page
        if b.kind == "heading":
            by_style = b.major and i + 1 < len(blocks) and blocks[i + 1].kind == "rec"
            if b.major and not by_style:
                document.add_page_break()
            if b.major:
                flow.hard_break()
            p = document.add_heading("", level=b.level)
            p.paragraph_format.page_break_before = True if by_style else None
            _rendered_runs(p, b.text, flow.place(flow.wrap(b.text, 60), after=0.8, keep=2))
            toc.append((b.text, b.level, flow.page))
        elif b.kind == "glossary":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            for abbr, meaning in b.rows:
                row(abbr, meaning, 60)
        elif b.kind == "unnumbered":
            _rendered_runs(document.add_paragraph(), b.text, flow.place(flow.wrap(b.text, 88)))
        elif b.kind in ("para", "factor"):
            mark = flow.place(flow.wrap(b.text, body), after=0.3 if b.bullets else 1.0)
            _rendered_runs(document.add_paragraph(style="Numbered Paragraph"), b.text, mark)
            for bullet in b.bullets:
                p = document.add_paragraph(style="List Paragraph")
                p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                                       '<w:numId w:val="91"/></w:numPr>'))
                _rendered_runs(p, bullet, flow.place(flow.wrap(bullet, col), after=0.3))
            flow.line += 0.7 if b.bullets else 0.0
            start = before + 1 if mark == 0 else before
            entries.append(entry(b, start, flow.page > start))
        else:  # recommendations: one row each in a two-column table
            if blocks[i - 1].kind == "heading":
                table = document.add_table(rows=0, cols=2)
                table.style = document.styles["Table Grid"]
                row("Ref", "Recommendation", 66)
            row(b.label, b.text, 66)
            entries.append(entry(b, flow.page, False))
    document.element.body.insert(contents_at, _sar_contents(toc))  # right after the break
    buf = io.BytesIO()
    document.save(buf)
    result = expected(output, blocks, page_count=flow.page, paragraphs=entries,
                      running_header_lines=[report["running_title"]],
                      contents_lines=[f"{text}\t{page}" for text, _level, page in toc])
    return _deterministic_zip(buf.getvalue()), result


# --------------------------------------------------------------------------------------- HTML
_HTML_BANNER = "Saltmarsh Safeguarding Partnership (fictional)"
_HTML_TAGLINE = "Working together to keep children safe"
_HTML_FOOTER = "© Saltmarsh Safeguarding Partnership (fictional)"
_HTML_COOKIE = "We use cookies to make this website work and to understand how it is used."


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a web page with site furniture; return bytes and expected entry."""
    e = html.escape
    anchors = {i: f"section-{n}" for n, i in enumerate(
        (i for i, b in enumerate(blocks) if b.kind == "heading" and b.major), start=1)}
    contents = [blocks[i].text for i in anchors]
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])} | {e(_HTML_BANNER)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'review'});</script>",
        "</head>", "<body>",
        '<div class="cookie-notice" id="cookie-banner" role="region" aria-label="Cookies">',
        f"<p>{e(_HTML_COOKIE)}</p>",
        '<button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>',
        "</div>",
        '<header class="site-header">', f'<div class="banner"><a href="/">{e(_HTML_BANNER)}</a></div>',
        f'<p class="tagline">{e(_HTML_TAGLINE)}</p>', "</header>",
        '<nav class="site-nav" aria-label="Main menu"><ul>',
        *(f'<li><a href="{href}">{e(t)}</a></li>' for href, t in [
            ("/", "Home"), ("/about/", "About us"), ("/reviews/", "Case reviews"),
            ("/training/", "Training"), ("/contact/", "Contact us")]),
        "</ul></nav>",
        '<main id="content">', "<article>", f"<h1>{e(report['title'])}</h1>",
        f'<p class="fiction-label"><strong>{e(FICTION_LABEL)}</strong></p>',
        f'<p class="meta">Published {e(report["date"])} by {e(report["publisher"])}</p>',
        '<nav class="contents" aria-label="On this page"><p>On this page</p><ul>',
        *(f'<li><a href="#{anchors[i]}">{e(blocks[i].text)}</a></li>' for i in anchors),
        "</ul></nav>",
    ]
    open_section = False
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            out += ["</section>"] if open_section else []
            out += [f'<section id="{anchors[i]}">', f"<h2>{e(b.text)}</h2>"]
            open_section = True
        elif b.kind == "heading":
            out.append(f"<h3>{e(b.text)}</h3>")
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            out.append(f'<p id="para-{b.label}">{e(b.label)}. {e(b.text)}</p>')
            if b.bullets:
                out += ["<ul>", *(f"<li>{e(t)}</li>" for t in b.bullets), "</ul>"]
        else:
            out.append(f'<p class="recommendation"><strong>{e(b.label)}:</strong> {e(b.text)}</p>')
    out += ["</section>", "</article>", "</main>",
            '<footer class="site-footer">',
            '<ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li></ul>',
            f"<p>{e(_HTML_FOOTER)}</p>", "</footer>", "</body>", "</html>", ""]
    result = expected(output, blocks, contents_lines=contents,
                         running_header_lines=[_HTML_BANNER, _HTML_TAGLINE, _HTML_COOKIE, _HTML_FOOTER])
    return "\n".join(out).encode("utf-8"), result


def settled(one_pass: Callable[[dict[str, int], int], Any], counted: bool = False,
            head: Callable[[str], bool] = lambda key: key != "Htoc") -> Any:
    """A reportlab document laid out again until a pass's contents pages (those of the headings ``head`` keeps) and,
    when ``counted``, its page count are those it was given. ``one_pass(pages, total)`` lays the document out once
    into a BytesIO and returns its template (``records``, ``headings``, ``last_page``; ``filename``, the BytesIO)."""
    previous: Any = None
    pages: dict[str, int] = {}
    total = 0
    for _ in range(8):
        doc = one_pass(pages, total)
        state = (doc.records, doc.headings, doc.last_page)
        if state == previous and (not counted or total == doc.last_page) and all(
                pages.get(k) == v for k, v in doc.headings.items() if head(k)):
            return doc
        previous, pages, total = state, dict(doc.headings), doc.last_page
    raise RuntimeError("PDF layout did not stabilise")
