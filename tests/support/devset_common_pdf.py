"""What the reportlab renderers of the development set share beyond :mod:`devset_flow` (imported inside
``render_pdf``, as reportlab is).

For the Word-style ones with a title page and a contents page (layouts ``margin``, ``practice``, ``thematic``,
``chapters``, ``findtable``, ``twocol``, ``marking``): the report's words for the line-end hyphen scan, a story's
paragraph maker, the contents lines (with dot leaders, or with the page number flush right), a document template
that records them besides what :class:`devset_flow.Recording` keeps, the ruled two-column glossary, the builds
repeated until the contents' page numbers are stable, and expected.json's entry. For the web pages printed to PDF
(``browserprint``, ``webprint``): their one-template document, the gridded glossary and the builds repeated until
the page count is stable. For the designed reports (``agency``, ``magazine``): their recording, paragraph maker,
contents entries and glossary."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from . import devset_pdf as _pdf
from . import devset_render as _r
from .devset_flow import KeyedParagraph, Recording


def report_words(blocks: list[Any]) -> set[str]:
    """Every word of the report's paragraphs and bullets, punctuation stripped (``Recording.start_recording``)."""
    return {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}


def text_paras(styles: dict[str, Any], cls: type = KeyedParagraph, plain: str = "") -> Any:
    """A story's paragraph maker, ``para(text, style name, key, bullet=None, lead="", cls=cls, hyphens=True)``: the
    text escaped (and soft-hyphenated when keyed, ``hyphens`` and the key not starting with a letter of ``plain``),
    ``lead`` run in before it in bold, as a ``cls`` in ``styles[style name]`` keyed ``key`` and numbered by a
    counter of its own from 1."""
    uid = iter(range(1, 10**6))

    def para(text: str, style: str, key: str | None, bullet: str | None = None, lead: str = "", cls: type = cls,
             hyphens: bool = True) -> Any:
        shy = key and hyphens and key[0] not in plain
        markup = _pdf._soft_hyphenate(_xml_escape(text)) if shy else _xml_escape(text)
        if lead:
            markup = f"<b>{_xml_escape(lead)}</b> {markup}"
        p = cls(markup, styles[style], bulletText=bullet)
        p.devset_key, p.devset_uid = key, next(uid)
        return p

    return para


class ContentsEntry(Flowable):
    """One contents entry for a heading's ``text`` on ``page``; ``drawn`` is the line as expected.json gives it."""

    def __init__(self, text: str, page: str) -> None:
        super().__init__()
        self.text, self.page, self.drawn = text, page, ""


class DottedLine(ContentsEntry):
    """Heading, dot leaders and page number drawn as a single string in ``font`` at ``size``, ``x`` in from the
    frame's left, the leaders leaving ``reserve`` free at the right; ``height`` high."""

    def __init__(self, text: str, page: str, font: str = "Helvetica", size: float = 10.5, x: float = 0,
                 reserve: float = 0.0, height: float = 19) -> None:
        super().__init__(text, page)
        self.font, self.size, self.x, self.reserve, self.height = font, size, x, reserve, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room = availWidth - self.reserve - stringWidth(f"{self.text}  {self.page}", self.font, self.size)
        dots = max(3, int(room / stringWidth(".", self.font, self.size)) - 1)
        self.drawn = f"{self.text} {'.' * dots} {self.page}"
        return availWidth, self.height

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        self.canv.drawString(self.x, 5, self.drawn)


class FlushRightLine(ContentsEntry):
    """The heading at the left, its page number flush right, in Helvetica 11; 19 high."""

    def __init__(self, text: str, page: str) -> None:
        super().__init__(text, page)
        self.right = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.right, self.drawn = availWidth, f"{self.text} {self.page}"
        return availWidth, 19

    def draw(self) -> None:
        self.canv.setFont("Helvetica", 11)
        self.canv.drawString(0, 5, self.text)
        self.canv.drawRightString(self.right, 5, self.page)


def contents_page(para: Any, blocks: list[Any], pages: dict[str, int] | None, line: Any,
                  text: Any = None) -> list[Any]:
    """The contents page's flowables: the heading "Contents" (style ``contents``), then ``line(heading text, page
    number)`` for each level-1 heading ("00" before the first pass has found the pages); ``text`` rewrites a
    heading's text as the contents print it."""
    flow = [para("Contents", "contents", None)]
    for idx, b in enumerate(blocks):
        if b.kind == "heading" and b.level == 1:
            flow.append(line(text(b.text) if text else b.text, str(pages[f"H{idx}"]) if pages else "00"))
    return flow


def frame(x: float, y: float, width: float, height: float, name: str = "f") -> Any:
    """A frame without padding."""
    return Frame(x, y, width, height, id=name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


class ContentsDoc(Recording, BaseDocTemplate):
    """A report's document: its page templates ``templates`` (name -> frames; every one but "title" drawn on by
    the subclass's ``decorate(canv, doc)``), recording as :class:`devset_flow.Recording` does, each keyed paragraph
    scanned for broken words, and each contents line's ``drawn`` kept in ``contents``; ``kw``: the page size, the
    margins and anything else for ``BaseDocTemplate``."""

    def __init__(self, buf: io.BytesIO, report: dict[str, Any], words: set[str], templates: dict[str, list[Any]],
                 **kw: Any) -> None:
        super().__init__(buf, invariant=1, title=report["title"], author=report["publisher"],
                         subject=_r.FICTION_LABEL, **kw)
        self.addPageTemplates([PageTemplate(name, frames) if name == "title" else
                               PageTemplate(name, frames, onPage=self.decorate) for name, frames in templates.items()])
        self.start_recording(words)

    def decorate(self, canv: Any, doc: Any) -> None:
        raise NotImplementedError

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, ContentsEntry):
            self.contents.append(flowable.drawn)
        key = self.record(flowable)
        if key is None:
            return
        if isinstance(flowable, Paragraph):
            self.scan_hyphens(flowable)


def ruled_glossary(para: Any, rows: list[tuple[str, str]], first: float, width: float, colour: Any,
                   align: str = "LEFT", rule: float = 0.4, top: bool = True) -> Any:
    """The glossary as a two-column table ``width`` wide (the first column ``first``) of ``cell`` paragraphs, top
    aligned, with no left padding (top padding 3 where ``top``) and a ``rule`` wide rule in ``colour`` under each
    row."""
    cells = [[para(a, "cell", None), para(m, "cell", None)] for a, m in rows]
    table = Table(cells, colWidths=[first, width - first], hAlign=align)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               *([("TOPPADDING", (0, 0), (-1, -1), 3)] if top else []),
                               ("LINEBELOW", (0, 0), (-1, -1), rule, colour)]))
    return table


class PrintedDoc(Recording, BaseDocTemplate):
    """A web page printed to PDF (layouts ``browserprint``, ``webprint``): one page template "page" of the frame
    ``body``, drawn on by the subclass's ``decorate(canv, doc)``, which may print ``total``, the page count of the
    pass before; recording as :class:`devset_flow.Recording` does, each keyed paragraph scanned for broken words, and
    the plain text of each contents entry (keyed "C...") kept in ``contents``; ``kw``: the page size, the margins and
    the document's information for ``BaseDocTemplate``."""

    def __init__(self, buf: io.BytesIO, words: set[str], total: int, body: Any, **kw: Any) -> None:
        super().__init__(buf, invariant=1, **kw)
        self.addPageTemplates([PageTemplate("page", [body], onPage=self.decorate)])
        self.total = total
        self.start_recording(words)

    def decorate(self, canv: Any, doc: Any) -> None:
        raise NotImplementedError

    def afterFlowable(self, flowable: Any) -> None:
        key = self.record(flowable)
        if key is None:
            return
        if key.startswith("C"):
            self.contents.append(flowable.getPlainText())
        if isinstance(flowable, Paragraph):
            self.scan_hyphens(flowable)


def gridded_glossary(styles: dict[str, Any], rows: list[tuple[str, str]], first: float, width: float,
                     colour: Any) -> Any:
    """The glossary as a gridded two-column table ``width`` wide (the first column ``first``) under a repeated
    "Term | Meaning" row: terms and the header in style ``head``, meanings in ``cell``; grid rules in ``colour``."""
    cells = [[Paragraph("Term", styles["head"]), Paragraph("Meaning", styles["head"])]]
    cells += [[Paragraph(_xml_escape(a), styles["head"]), Paragraph(_xml_escape(m), styles["cell"])] for a, m in rows]
    table = Table(cells, colWidths=[first, width - first], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colour), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


class BodyRecording(Recording):
    """Recording for a designed report (layouts ``agency``, ``magazine``), mixed in first: each keyed flowable's
    pages recorded, and each keyed paragraph but a heading's (keyed "H...") scanned for broken words."""

    def afterFlowable(self, flowable: Any) -> None:
        key = self.record(flowable)
        if key is None:
            return
        if isinstance(flowable, Paragraph) and not key.startswith("H"):
            self.scan_hyphens(flowable)


def markup_paras(styles: dict[str, Any], colour: str) -> Any:
    """A story's paragraph maker for ready markup, ``para(markup, style name, key, bullet=None)``: the bullet (a
    number or "•") printed in ``colour`` (a hex string); keyed and numbered as :func:`text_paras` does."""
    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None) -> Any:
        if bullet is not None:
            markup = f'<bullet color="{colour}">{bullet}</bullet>{markup}'
        p = KeyedParagraph(markup, styles[style])
        p.devset_key, p.devset_uid = key, next(uid)
        return p

    return para


def toc_entries(para: Any, blocks: list[Any], majors: list[int], pages: dict[str, int] | None,
                colour: str) -> list[Any]:
    """The contents entries of a designed report: each major heading (``majors``: their indexes) in style
    ``toc``, its page number ("00" before the first pass) after it in bold ``colour``."""
    flow = []
    for idx in majors:
        page = str(pages[f"H{idx}"]) if pages else "00"
        flow.append(para(f"{_xml_escape(blocks[idx].text)}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                         f'<font name="Helvetica-Bold" color="{colour}">{page}</font>', "toc", None))
    return flow


def headed_glossary(styles: dict[str, Any], rows: list[tuple[str, str]], first: float, width: float,
                    colour: Any) -> Any:
    """The glossary of a designed report: a two-column table ``width`` wide (the first column ``first``), set
    right, under a repeated "Term | Meaning" row; terms and the header in style ``cellhead``, meanings in ``cell``,
    a rule in ``colour`` under each row."""
    cells = [[Paragraph("Term", styles["cellhead"]), Paragraph("Meaning", styles["cellhead"])]]
    cells += [[Paragraph(_xml_escape(a), styles["cellhead"]), Paragraph(_xml_escape(m), styles["cell"])]
              for a, m in rows]
    table = Table(cells, colWidths=[first, width - first], hAlign="RIGHT", repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, colour)]))
    return table


def build_with_total(make_doc: Any, story: Any, passes: int = 4) -> tuple[bytes, Any, int]:
    """Build ``make_doc(buf, total)`` (``total``: the page count of the pass before, 0 at first) from ``story()``
    again and again, at most ``passes`` times, until neither the pages of the keyed flowables nor the page count
    moved. Returns the PDF's bytes, the last document and its page count."""
    previous, total = None, 0
    for _ in range(passes):
        buf = io.BytesIO()
        doc = make_doc(buf, total)
        doc.build(story())
        state = (doc.records, doc.last_page)
        if state == previous and total == doc.last_page:
            return buf.getvalue(), doc, total
        previous, total = state, doc.last_page
    raise RuntimeError("PDF layout did not stabilise")


def build_until_stable(make_doc: Any, story: Any, passes: int = 4) -> tuple[bytes, Any]:
    """Build ``make_doc(buf)`` from ``story(pages of the headings "H<index>", None at first)`` again and again, at
    most ``passes`` times, until the pages of the keyed flowables and the page count are those of the pass before
    (normally two passes). Returns the PDF's bytes and the last document."""
    pages: dict[str, int] | None = None
    previous = None
    for _ in range(passes):
        buf = io.BytesIO()
        doc = make_doc(buf)
        doc.build(story(pages))
        state = (doc.records, doc.last_page)
        if state == previous:
            return buf.getvalue(), doc
        previous = state
        pages = {k: v[0] for k, v in doc.records.items() if k.startswith("H")}
    raise RuntimeError("PDF layout did not stabilise")


def contents_expected(output: dict[str, Any], blocks: list[Any], doc: Any, header_lines: list[str],
                      paragraphs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """expected.json's entry for a document that ``build_until_stable`` built: its pages, its paragraphs' pages
    (``paragraphs``, or each keyed block's entry), its running lines ``header_lines``, its contents lines and the
    words its line ends broke."""
    return _r.expected(
        output, blocks, page_count=doc.last_page,
        paragraphs=_r.page_entries(blocks, doc.records) if paragraphs is None else paragraphs,
        running_header_lines=header_lines, contents_lines=doc.contents,
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)))


def numbered_flow(para: Any, b: Any, bullet: str) -> list[Any]:
    """A numbered paragraph (its number the paragraph's bullet, in style "num"; a factor list's items after it, each
    with ``bullet``) or a recommendation (its label run in bold, in style "body"), soft-hyphenated, as the
    QuarkXPress, Pages and case-system PDFs set them."""
    if b.kind in ("para", "factor"):
        return [para(_pdf._soft_hyphenate(_xml_escape(b.text)), "num", b.key, bullet=b.label),
                *(para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet=bullet) for t in b.bullets)]
    text = _pdf._soft_hyphenate(_xml_escape(b.text))
    return [para(f"<b>{_xml_escape(b.label)}:</b> {text}", "body", b.key)]
