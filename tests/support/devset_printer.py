"""PDF writer for the fictional development set (reportlab's canvas, no platypus), layout ``printer``: a local child
safeguarding practice review written in Word and published as the PDF that a "PDF printer" driver made of it (producer
"Microsoft: Print To PDF", the metadata title Word's window title "Microsoft Word - <document name>", the output's
``document_name``), so that the file holds what the driver drew and nothing of the document's structure:

* EVERY WORD a separately positioned text run (its own ``BT``/``ET`` and text matrix), NO SPACE CHARACTER anywhere: the
  gaps between words are only the distances between runs; the page drawn top down as a GDI driver draws it (the page
  flipped by ``1 0 0 -1 0 H cm``, each run's matrix flipped back); an embedded subset of a TrueType font (Vera);
* LIGATURE GLYPHS: every "fi" and "fl" drawn as the single glyphs U+FB01 and U+FB02 (the font's ToUnicode maps them
  to those characters, not to two letters);
* each page's text drawn OUT OF READING ORDER: first the body's regular words line by line, then every bold or italic
  run (headings, "Recommendation N:", the glossary's terms), then the hanging paragraph numbers and bullets, and last
  the running header and the footer;
* Word's layout: A4, justified Vera 10.5 pt with Word's hyphenation (soft hyphens as in :mod:`devset_pdf`, compounds
  broken at their own hyphen), numbering ``two-level`` with "3.12" hanging at the left margin and the text at a
  hanging indent, "•" bullets, every chapter on a new page, "Recommendation N:" run in, a contents page with dot
  leaders, the running title at the top right and "Page N of M" centred at the foot of every page from 2, a ruled
  glossary table at the back.

Pages of paragraphs and line-end hyphens are recorded while the lines are set. expected.json adds ``metadata_title``
and ``ligature_words`` (the words drawn with a ligature glyph, which a reader must give back as "fi" and "fl").
:data:`PRINTER` gives the geometry the tests read the pages by."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
PRODUCER = "Microsoft: Print To PDF"
LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}
PASSES = ("body", "bold", "margin", "running")  # the order in which a page's runs are drawn
PRINTER: dict[str, Any] = {  # in points from the left and from the top of the page, as pdfplumber measures
    "left": 72.0,  # the left margin: headings, unnumbered paragraphs, recommendations and the hanging numbers
    "text_x": 108.0,  # the hanging indent of a numbered paragraph's text
    "bullet_x": 120.0,  # a bullet; its text at bullet_x + 16
    "right": _PAGE_W - 72.0,
    "body_top": 84.0,
    "body_bottom": _PAGE_H - 74.0,
    "header_y": 46.0,  # baselines of the running title and of the footer
    "footer_y": _PAGE_H - 40.0,
    "size": 10.5,
    "leading": 14.6,
}
_REG, _BOLD, _ITAL, _BOLDITAL = "DevsetVera", "DevsetVeraBd", "DevsetVeraIt", "DevsetVeraBI"


def footer(page: int | str, total: int | str) -> str:
    return f"Page {page} of {total}"


@dataclass
class _Run:
    text: str
    font: str
    size: float
    x: float
    y: float  # baseline, from the top of the page
    kind: str  # one of PASSES


@dataclass
class _Page:
    runs: list[_Run] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _pdf._bullet_font()  # Vera and Vera Bold
    for name, file in ((_ITAL, "VeraIt.ttf"), (_BOLDITAL, "VeraBI.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, file))


def _glyphs(word: str) -> str:
    """A word as the driver draws it: "fi" and "fl" as ligature glyphs."""
    for pair, lig in LIGATURES.items():
        word = word.replace(pair, lig)
    return word


def _w(word: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(_glyphs(word), font, size)


def _cut(word: str, font: str, size: float, room: float) -> tuple[str, str, tuple[str, str]] | None:
    """Break a word at a line end as Word would: at its soft hyphen, or at a compound's own hyphen; None if the first
    part does not fit in ``room``."""
    m = _pdf._SHY_RE.search(word)
    if m:
        cut = m.start() + _pdf._SHY_WORDS[m.group(0).lower()].index("|")
        head = word[:cut] + "-"
        if _w(head, font, size) <= room:
            return head, word[cut:], ("soft", m.group(0))
    core = word.strip(_r.PUNCT)
    if "-" in core[1:-1]:
        k = word.index("-", word.index(core) + 1)
        head = word[:k + 1]
        if _w(head, font, size) <= room:
            return head, word[k + 1:], ("hard", core)
    return None


def _wrap(tokens: list[tuple[str, str]], width: float, size: float, hyphenate: bool,
          events: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Lines of (word, font) filling ``width``; line-end breaks are appended to ``events``."""
    space = _w(" ", _REG, size)
    lines: list[list[tuple[str, str]]] = []
    line: list[tuple[str, str]] = []
    used = 0.0
    todo = list(tokens)
    while todo:
        word, font = todo.pop(0)
        gap = space if line else 0.0
        if used + gap + _w(word, font, size) <= width:
            line.append((word, font))
            used += gap + _w(word, font, size)
            continue
        cut = _cut(word, font, size, width - used - gap) if line and hyphenate else None
        if cut:
            head, tail, event = cut
            line.append((head, font))
            events.append(event)
            todo.insert(0, (tail, font))
        else:
            todo.insert(0, (word, font))
        if not line:
            raise ValueError(f"a word wider than the line: {word!r}")
        lines.append(line)
        line, used = [], 0.0
    if line:
        lines.append(line)
    return lines


class _Setter:
    """Word's pagination, simulated: lines placed on pages top to bottom, a paragraph broken over a page when at least
    two of its lines stay and two go (widows and orphans), a heading kept with two lines of what follows."""

    def __init__(self) -> None:
        self.pages: list[_Page] = []
        self.y = 0.0
        self.records: dict[str, list[int]] = {}
        self.events: list[tuple[str, str]] = []

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = PRINTER["body_top"]

    @property
    def page(self) -> int:
        return len(self.pages)

    def room(self, leading: float) -> int:
        return int((PRINTER["body_bottom"] - self.y) // leading)

    def lines(self, lines: list[list[tuple[str, str]]], x: float, width: float, size: float, leading: float,
              justify: bool, key: str | None, after: float, label: tuple[str, float, str] | None = None,
              keep: int = 0) -> None:
        """Place the lines of one paragraph; ``label`` (text, x, font) hangs on its first line; ``keep``: lines of the
        next paragraph that must fit on the same page (a heading)."""
        n, room = len(lines), self.room(leading)
        if keep and n + keep > room:
            self.new_page()
        elif n > room:
            take = room if room >= 2 and n - room >= 2 else n - 2 if n >= 4 and room >= n - 2 else 0
            if take:
                self._set(lines[:take], x, width, size, leading, justify, key, label, last=False)
                self.new_page()
                self._set(lines[take:], x, width, size, leading, justify, key, None, last=True)
                self.y += after
                return
            self.new_page()
        self._set(lines, x, width, size, leading, justify, key, label, last=True)
        self.y += after

    def _set(self, lines: list[list[tuple[str, str]]], x: float, width: float, size: float, leading: float,
             justify: bool, key: str | None, label: tuple[str, float, str] | None, last: bool) -> None:
        page = self.pages[-1]
        space = _w(" ", _REG, size)
        for i, line in enumerate(lines):
            base = self.y + leading * 0.76
            widths = [_w(word, font, size) for word, font in line]
            final = last and i == len(lines) - 1
            gap = (width - sum(widths)) / (len(line) - 1) if justify and not final and len(line) > 1 else space
            at = x
            for (word, font), w in zip(line, widths, strict=True):
                page.runs.append(_Run(word, font, size, at, base, "body" if font == _REG else "bold"))
                at += w + gap
            if i == 0 and label is not None:
                page.runs.append(_Run(label[0], label[2], size, label[1], base, "margin"))
            self.y += leading
            if key is not None:
                rec = self.records.setdefault(key, [self.page, self.page])
                rec[1] = self.page


def _words(text: str, size: float, x: float, y: float) -> list[_Run]:
    """A line of the running header or footer, a run per word as the driver draws it."""
    runs = []
    for word in text.split():
        runs.append(_Run(word, _REG, size, x, y, "running"))
        x += _w(word, _REG, size) + _w(" ", _REG, size)
    return runs


def _tokens(text: str, font: str = _REG) -> list[tuple[str, str]]:
    return [(word, font) for word in text.split()]


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as Word would and draw it as a PDF printer driver does; return bytes and expected entry."""
    from reportlab.pdfgen import canvas as _canvas

    if report["numbering"] != "two-level":
        raise ValueError("the printer layout renders two-level numbering")
    _fonts()
    size, leading = PRINTER["size"], PRINTER["leading"]
    left, text_x, right = PRINTER["left"], PRINTER["text_x"], PRINTER["right"]
    setter = _Setter()
    setter.new_page()  # the title page
    setter.new_page()  # the contents, set once the chapters' pages are known
    heading_pages: dict[int, int] = {}
    for idx, b in enumerate(blocks):
        if b.kind == "heading":
            if b.major:
                setter.new_page()
            hsize = 13.0 if b.level == 1 else 11.0
            font = _BOLD if b.level == 1 else _BOLDITAL
            lines = _wrap(_tokens(b.text, font), right - left, hsize, False, setter.events)
            setter.y += 4.0 if b.level == 2 and setter.y > PRINTER["body_top"] else 0.0
            setter.lines(lines, left, right - left, hsize, hsize * 1.45, False, None, 6.0, keep=3)
            heading_pages[idx] = setter.page
        elif b.kind == "unnumbered":
            lines = _wrap(_tokens(b.text), right - left, size, True, setter.events)
            setter.lines(lines, left, right - left, size, leading, True, None, 8.0)
        elif b.kind in ("para", "factor"):
            lines = _wrap(_tokens(b.text), right - text_x, size, True, setter.events)
            setter.lines(lines, text_x, right - text_x, size, leading, True, b.key, 4.0 if b.bullets else 8.0,
                         label=(b.label, left, _REG))
            for n, bullet in enumerate(b.bullets):
                bx = PRINTER["bullet_x"] + 16.0
                lines = _wrap(_tokens(bullet), right - bx, size, True, setter.events)
                setter.lines(lines, bx, right - bx, size, leading, True, b.key,
                             8.0 if n == len(b.bullets) - 1 else 2.0, label=("\u2022", PRINTER["bullet_x"], _REG))
        elif b.kind == "rec":
            word, number = b.label.split()
            tokens = [(word, _BOLD), (f"{number}:", _BOLD), *_tokens(b.text)]
            lines = _wrap(tokens, right - left, size, True, setter.events)
            setter.lines(lines, left, right - left, size, leading, True, b.key, 8.0)
        elif b.kind == "glossary":
            _glossary(setter, b.rows)
    total = setter.page
    # the title page and the contents
    events: list[tuple[str, str]] = []
    title = setter.pages[0]
    y = 250.0
    for line in _wrap(_tokens(report["title"], _BOLD), right - left, 20.0, False, events):
        x = left
        for word, font in line:
            title.runs.append(_Run(word, font, 20.0, x, y, "bold"))
            x += _w(word, font, 20.0) + _w(" ", font, 20.0)
        y += 27.0
    y += 18.0
    for text in _r.title_lines(report):
        for line in _wrap(_tokens(text), right - left, 11.0, False, events):
            x = left
            for word, font in line:
                title.runs.append(_Run(word, font, 11.0, x, y, "body"))
                x += _w(word, font, 11.0) + _w(" ", font, 11.0)
            y += 16.0
        y += 6.0
    contents_page, contents = setter.pages[1], []
    contents_page.runs.append(_Run("Contents", _BOLD, 13.0, left, PRINTER["body_top"] + 12.0, "bold"))
    y = PRINTER["body_top"] + 40.0
    dot = _w(".", _REG, size)
    for idx, page_no in heading_pages.items():
        if not blocks[idx].major:
            continue
        x = left
        for word in blocks[idx].text.split():
            contents_page.runs.append(_Run(word, _REG, size, x, y, "body"))
            x += _w(word, _REG, size) + _w(" ", _REG, size)
        number = str(page_no)
        nx = right - _w(number, _REG, size)
        dots = "." * math.floor((nx - 6.0 - (x + 4.0)) / dot)
        contents_page.runs += [_Run(dots, _REG, size, x + 4.0, y, "body"), _Run(number, _REG, size, nx, y, "body")]
        contents.append(f"{blocks[idx].text} {dots} {number}")
        y += 20.0
    for n, page in enumerate(setter.pages[1:], start=2):
        head, foot = report["running_title"], footer(n, total)
        page.runs += _words(head, 8.5, right - _w(head, _REG, 8.5), PRINTER["header_y"])
        page.runs += _words(foot, 8.5, (_PAGE_W - _w(foot, _REG, 8.5)) / 2, PRINTER["footer_y"])
        page.rules.append((left, PRINTER["header_y"] + 5.0, right, PRINTER["header_y"] + 5.0))
    # draw: what the driver sends, page by page, pass by pass
    buf = io.BytesIO()
    canv = _canvas.Canvas(buf, pagesize=(_PAGE_W, _PAGE_H), bottomup=0, invariant=1)
    canv.setTitle(f"Microsoft Word - {output['document_name']}")
    canv.setAuthor("")
    canv.setSubject("")
    canv.setCreator("")
    canv.setProducer(PRODUCER)
    ligature_words: set[str] = set()
    for page in setter.pages:
        canv.setLineWidth(0.5)
        for x0, y0, x1, y1 in page.rules:
            canv.line(x0, y0, x1, y1)
        for kind in PASSES:
            canv.setFillColorRGB(*((0.35, 0.35, 0.35) if kind == "running" else (0, 0, 0)))
            for run in (r for r in page.runs if r.kind == kind):
                if " " in run.text:
                    raise ValueError(f"a run holding a space: {run.text!r}")
                if any(pair in run.text for pair in LIGATURES):
                    ligature_words.add(run.text.strip(_r.PUNCT))
                canv.setFont(run.font, run.size)
                canv.drawString(run.x, run.y, _glyphs(run.text))
        canv.showPage()
    canv.save()
    entries = []
    for b in blocks:
        if b.key:
            start, end = setter.records[b.key]
            entries.append(_r.entry(b, start, end > start))
    result = _r.expected(output, blocks, page_count=total, paragraphs=entries,
                         running_header_lines=[report["running_title"], footer("N", total)], contents_lines=contents,
                         hyphenated_words=list(dict.fromkeys(w for kind, w in setter.events if kind == "soft")),
                         broken_compounds=list(dict.fromkeys(w for kind, w in setter.events if kind == "hard")))
    result["metadata_title"] = f"Microsoft Word - {output['document_name']}"
    result["ligature_words"] = sorted(ligature_words)
    return buf.getvalue(), result


def _glossary(setter: _Setter, rows: tuple[tuple[str, str], ...]) -> None:
    """The glossary as a Word table: a bold header row, a bold term and its meaning in each row, a rule under every
    row; a row never breaks over a page."""
    size, leading = 9.5, 13.0
    left, right = PRINTER["left"], PRINTER["right"]
    split = left + 118.0
    for n, (term, meaning) in enumerate([("Term", "Meaning"), *rows]):
        head = n == 0
        a = _wrap(_tokens(term, _BOLD), split - left - 8.0, size, False, setter.events)
        b = _wrap(_tokens(meaning, _BOLD if head else _REG), right - split, size, False, setter.events)
        height = max(len(a), len(b)) * leading + 6.0
        if setter.y + height > PRINTER["body_bottom"]:
            setter.new_page()
        top = setter.y
        for lines, x in ((a, left), (b, split)):
            setter.y = top + 3.0
            setter._set(lines, x, 0.0, size, leading, False, None, None, last=True)
        setter.y = top + height
        setter.pages[-1].rules.append((left, setter.y, right, setter.y))
