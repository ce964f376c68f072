"""What every reportlab renderer of the development set shares (imported inside ``render_pdf``, as reportlab is):
a paragraph that remembers which report paragraph it belongs to, and a document template that records, during
layout, the pages each paragraph spans and the words a line end broke (by a soft hyphen or a compound's own
hyphen), so that ``expected.json`` says what the PDF really shows; for the renderers with numbered footnotes and a
contents page (``writerpdf``, ``latex``), the footnote markers' pages, the references' markup and the builds repeated
until the pages are stable."""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.platypus import Paragraph

from . import devset_pdf as _pdf
from . import devset_render as _r


class KeyedParagraph(Paragraph):
    """Paragraph that remembers which report paragraph it belongs to, across splits."""

    devset_key: str | None = None
    devset_uid: int = 0

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.devset_key, part.devset_uid = self.devset_key, self.devset_uid
        return parts


def keyed_paras(styles: dict[str, Any]) -> Any:
    """A story's paragraph maker, ``para(markup, style name, key, bullet=None)``: a KeyedParagraph in
    ``styles[style name]`` keyed ``key``, numbered by a counter of its own from 1."""
    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None) -> Any:
        made = KeyedParagraph(markup, styles[style], bulletText=bullet)
        made.devset_key, made.devset_uid = key, next(uid)
        return made

    return para


class Recording:
    """Mixed into a ``BaseDocTemplate`` (first in its bases): ``records`` (key -> first and last page),
    ``contents`` (for the renderer's contents lines), ``soft`` and ``hard`` (words broken at a line end by a
    soft hyphen, or at a compound's own hyphen) and ``last_page``. ``plain_tokens``: every word of the report."""

    def start_recording(self, plain_tokens: set[str]) -> None:
        self.plain_tokens = plain_tokens
        self.records: dict[str, list[int]] = {}
        self.contents: list[str] = []
        self.soft: list[str] = []
        self.hard: list[str] = []
        self.pending: dict[int, str] = {}
        self.last_page = 0

    def afterPage(self) -> None:
        self.last_page = self.page  # type: ignore[attr-defined]

    def record(self, flowable: Any) -> str | None:
        """The pages of a keyed flowable (its key, or None for another)."""
        key = getattr(flowable, "devset_key", None)
        if key is not None:
            rec = self.records.setdefault(key, [self.page, self.page])  # type: ignore[attr-defined]
            rec[1] = self.page  # type: ignore[attr-defined]
        return key

    def line_words(self, line: Any) -> list[str]:
        """The words of one laid-out line of a paragraph, soft hyphens taken out."""
        if isinstance(line, tuple):
            return [str(w).replace(_pdf._SHY, "") for w in line[1]]
        return "".join(getattr(f, "text", "") for f in line.words).replace(_pdf._SHY, "").split()

    def scan_hyphens(self, para: Any) -> None:
        """Find words broken at a line end (soft hyphen or a compound's own hyphen)."""
        uid = para.devset_uid
        for line in para.blPara.lines:
            words = self.line_words(line)
            if not words:
                continue
            if uid in self.pending:
                frag, nxt = self.pending.pop(uid), words[0].strip(_r.PUNCT)
                if frag + nxt in self.plain_tokens:
                    self.hard.append(frag + nxt)
                elif frag[:-1] + nxt in self.plain_tokens and (base := re.sub(r"['’]s$", "", frag[:-1] + nxt)).lower() \
                        in _pdf._SHY_WORDS:  # a possessive ("assessment's") is broken in its stem
                    self.soft.append(base)
                else:
                    raise RuntimeError(f"unexpected line-end hyphen {frag!r} + {nxt!r}")
            if len(words[-1]) > 1 and words[-1].endswith("-"):
                self.pending[uid] = words[-1].lstrip(_r.PUNCT)


class NoteRecording(Recording):
    """Recording for a renderer with a contents page and footnotes (``writerpdf``, ``latex``), mixed in first:
    besides what Recording keeps, ``headings`` (a heading's key "H<index>" -> its page) and ``marks`` (a footnote's
    number -> the page its raised marker is printed on). A flowable keyed "H..." is a heading; any other keyed one is
    recorded and, if a paragraph, scanned for broken words."""

    def start_recording(self, plain_tokens: set[str]) -> None:
        super().start_recording(plain_tokens)
        self.headings: dict[str, int] = {}
        self.marks: dict[int, int] = {}

    def afterFlowable(self, flowable: Any) -> None:
        key = getattr(flowable, "devset_key", None)
        if key is None:
            return
        if key.startswith("H"):
            self.headings[key] = self.page  # type: ignore[attr-defined]
            return
        self.record(flowable)
        if isinstance(flowable, Paragraph):
            self.scan_hyphens(flowable)

    def line_words(self, line: Any) -> list[str]:
        """A line's words without its footnote markers (raised fragments), whose pages are recorded."""
        if isinstance(line, tuple):
            return super().line_words(line)
        for frag in line.words:
            if getattr(frag, "rise", 0) and frag.text.strip().isdigit():
                self.marks[int(frag.text)] = self.page  # type: ignore[attr-defined]
        return "".join(getattr(f, "text", "") for f in line.words
                       if not getattr(f, "rise", 0)).replace(_pdf._SHY, "").split()

    def draw_notes(self, canv: Any, notes: list[str], style: Any, x: float, width: float, area: float, room: float,
                   top: float, rule: float, pad: float) -> None:
        """The footnotes whose markers the previous pass printed on this page (``self.note_pages``: note number ->
        page) drawn from the page's ``onPage``: a short rule ``rule`` long at ``top`` from ``x``, then each note
        (``notes[n - 1]``, a Paragraph in ``style`` wrapped to ``width`` in an ``area`` this high, ``pad`` added to
        its height and to its baseline); RuntimeError if they need more than ``room``."""
        here = [n for n, p in sorted(self.note_pages.items()) if p == self.page]  # type: ignore[attr-defined]
        if not here:
            return
        paras = [Paragraph(f"<super>{n}</super> {_xml_escape(notes[n - 1])}", style) for n in here]
        heights = [p.wrap(width, area)[1] + pad for p in paras]
        if sum(heights) + 8 > room:
            raise RuntimeError(f"too many footnotes on page {self.page}")  # type: ignore[attr-defined]
        canv.line(x, top, x + rule, top)
        y = top - 3
        for p, h in zip(paras, heights, strict=True):
            p.drawOn(canv, x, y - h + pad)
            y -= h


def note_markup(text: str, refs: list[tuple[int, str]], marker: str) -> str:
    """A paragraph's text as Paragraph markup (escaped, soft-hyphenated) with its footnote references ``refs``
    ((note number, the text after which it goes)) put in as ``marker`` formatted with ``n``, where that text first
    occurs."""
    markup = _pdf._soft_hyphenate(_xml_escape(text))
    for n, after in refs:
        at = _pdf._soft_hyphenate(_xml_escape(after))
        markup = markup.replace(at, at + marker.format(n=n), 1)
    return markup


def build_with_notes(make_doc: Any, story: Any, passes: int) -> tuple[bytes, Any, dict[str, int], dict[int, int]]:
    """Build a NoteRecording document (``make_doc(buf, contents pages, footnote pages)``, flowables from
    ``story(contents pages)``) again and again, at most ``passes`` times, until the contents' page numbers and the
    footnotes' pages it was given are the ones it found and nothing else moved. Returns the PDF's bytes, the last
    document, and the pages of the headings and of the footnote markers."""
    seen: Any = None
    toc: dict[str, int] = {}
    notes: dict[int, int] = {}
    for _ in range(passes):
        out = io.BytesIO()
        doc = make_doc(out, toc, notes)
        doc.build(story(toc))
        now = (doc.records, doc.headings, doc.marks, doc.last_page)
        if (now, toc, notes) == (seen, doc.headings, doc.marks):
            return out.getvalue(), doc, toc, notes
        seen, toc, notes = now, dict(doc.headings), dict(doc.marks)
    raise RuntimeError("PDF layout did not stabilise")


def noted_expected(output: dict[str, Any], blocks: list[Any], doc: Any, notes: list[tuple[str, str]],
                   note_pages: dict[int, int], **extra: Any) -> dict[str, Any]:
    """expected.json's entry for a document that ``build_with_notes`` built: its pages, its paragraphs' pages, the
    words its line ends broke, and the footnotes' texts (``notes``: (anchor, text)) with the pages of their markers;
    ``extra``: the renderer's own keys (its running header lines, its contents lines)."""
    return _r.expected(output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
                       **extra, hyphenated_words=list(dict.fromkeys(doc.soft)),
                       broken_compounds=list(dict.fromkeys(doc.hard)), footnotes=[text for _after, text in notes],
                       footnote_pages=[note_pages[n] for n in range(1, len(notes) + 1)])


def built_expected(output: dict[str, Any], blocks: list[Any], doc: Any, toc_pages: dict[str, int],
                   header_lines: list[str], **extra: Any) -> dict[str, Any]:
    """expected.json's entry for a document without footnotes that ``build_with_notes`` built: its pages, its
    paragraphs' pages, its contents lines (each level-1 heading and its page, ``toc_pages``), its running lines
    ``header_lines``, the words its line ends broke and the renderer's own keys ``extra``."""
    contents = [f"{b.text} {toc_pages[f'H{i}']}" for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    return _r.expected(output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
                       contents_lines=contents, running_header_lines=header_lines,
                       hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
                       **extra)


def page_table(blocks: list[Any], styles: Any, toc_pages: dict[str, int], width: float, pad: tuple[float, float],
               number_w: float = 40, entry: Any = None) -> Any:
    """The contents as a table ``width`` wide: each level-1 heading (``entry(index, block)``'s markup, or its
    escaped text) in style ``toc`` and its page (``toc_pages``, 0 before the first pass) in ``tocn``, ``number_w``
    wide; no side padding, ``pad`` (top, bottom) above and below each row."""
    from reportlab.platypus import Table, TableStyle

    rows = [[Paragraph(entry(idx, b) if entry else _xml_escape(b.text), styles["toc"]),
             Paragraph(str(toc_pages.get(f"H{idx}", 0)), styles["tocn"])]
            for idx, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    table = Table(rows, colWidths=[width - number_w, number_w], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), pad[0]), ("BOTTOMPADDING", (0, 0), (-1, -1), pad[1])]))
    return table


def numbered_story(report: dict[str, Any], blocks: list[Any], styles: Any, para: Any, inner: float, tint: Any,
                   accent: Any, look: dict[str, Any], rule: float) -> Any:
    """The story of a single-numbered review laid out in a desktop-publishing program (layouts ``badges`` and
    ``scribus``): the title and title-page lines, a contents table, then each block; ``para(markup, style, key,
    bullet=None, label=None)`` makes a paragraph that prints its number (``label``) in its layout's way. ``look``:
    the layout's ``glossary_head`` and ``bullet``; ``rule``: the glossary's rule width."""
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("page"), para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "line", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        flow += [page_table(blocks, styles, toc_pages, inner, (2, 4)), PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow += [CondPageBreak(70), para(_xml_escape(b.text), "h1", f"H{idx}")]
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph(h, styles["cellb"]) for h in look["glossary_head"]]]
                cells += [[Paragraph(_xml_escape(a), styles["cellb"]), Paragraph(_xml_escape(m), styles["cell"])]
                          for a, m in b.rows]
                grid = Table(cells, colWidths=[130, inner - 130], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), tint),
                                          ("LINEBELOW", (0, 0), (-1, -1), rule, accent),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                flow += [Spacer(1, 4), grid]
            elif b.kind in ("para", "factor"):
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "num", b.key, label=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet=look["bullet"])
                         for t in b.bullets]
            else:
                text = _pdf._soft_hyphenate(_xml_escape(b.text))
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {text}", "body", b.key))
        return flow

    return story


def story_styles(font: str, bold: str, size: float, accent: Any, *, leading: float, space_after: float,
                 title: tuple[float, float, float] = (24, 30, 18), line: tuple[float, float] = (11, 15),
                 head: tuple[float, float, float] = (15, 19, 14), justify: bool = False, justify_lines: bool = False,
                 indent: float = 0.0, bullet: tuple[float, float] = (16, 5)) -> dict[str, Any]:
    """The paragraph styles :func:`numbered_story` sets, as the desktop-publishing renderers (``affinity``,
    ``badges``, ``prince``, ``scribus``) size them: body text in ``font`` at ``size`` on ``leading``; the title,
    title-page lines and headings (and the contents heading) at (size, leading[, space around]); body and numbered
    paragraphs ``justify``-ed, title-page lines too with ``justify_lines``; numbered paragraphs ``indent`` in, and
    bullets (text, bullet) further in than that."""
    from reportlab.lib.colors import black
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=space_after,
                    textColor=black, embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    flow = TA_JUSTIFY if justify else TA_LEFT
    return {
        "title": st("title", fontName=bold, fontSize=title[0], leading=title[1], spaceAfter=title[2], textColor=accent),
        "line": st("line", fontSize=line[0], leading=line[1], spaceAfter=6,
                   alignment=TA_JUSTIFY if justify_lines else TA_LEFT),
        "h1": st("h1", fontName=bold, fontSize=head[0], leading=head[1], spaceBefore=head[2], spaceAfter=8,
                 textColor=accent, keepWithNext=1),
        "body": st("body", embeddedHyphenation=1, alignment=flow),
        "num": st("num", embeddedHyphenation=1, leftIndent=indent, alignment=flow),
        "bullet": st("bullet", embeddedHyphenation=1, leftIndent=indent + bullet[0], bulletIndent=indent + bullet[1],
                     bulletFontName=font, bulletFontSize=size, spaceAfter=3),
        "cell": st("cell", spaceAfter=0),
        "cellb": st("cellb", fontName=bold, spaceAfter=0),
        "toch": st("toch", fontName=bold, fontSize=head[0], leading=head[1], spaceAfter=10, textColor=accent),
        "toc": st("toc", spaceAfter=0),
        "tocn": st("tocn", spaceAfter=0, alignment=TA_RIGHT),
    }
