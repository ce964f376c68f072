"""PDF writer for the fictional development set, layout ``linenumbers``: a review written in Word with LINE NUMBERING
switched on (Layout > Line Numbers > Restart Each Page) and saved to PDF with the numbers still showing, as a board
sometimes publishes the version its panel commented on line by line:

* every line of the body (headings, paragraphs, bullets, recommendations) carries a LINE NUMBER in the left margin,
  set flush right a little way left of the text (:data:`LINENUMBERS` ``number_right``) in the SAME font and size as the
  text (Word's "Line Number" style) and counting 1, 2, 3 ... from the top of each page; the space between paragraphs is
  not counted, and the title page and the contents page (a section of their own, line numbering off), the running
  header and footer and the glossary table at the back carry none;
* numbering ``single``: the paragraph number "12." at the left margin with the text at a hanging indent beside it (a
  Word list, rendered), "•" bullets further in, "Recommendation N:" in bold run in; so a line of extracted text reads
  "7 12. Stephen ...", a line number, then the paragraph number, then the text, and the two counters run over the same
  range of numbers;
* ragged right in Bitstream Vera (standing in for Word's Calibri), Word's automatic hyphenation ("safe-" / "guarding",
  recorded in ``hyphenated_words``) and compounds broken at their own hyphen ("pre-" / "birth", in
  ``broken_compounds``), never on a page's last line; bold headings kept with the next lines, a paragraph leaving at
  least two lines at the foot of a page and taking at least two to the next;
* a title page, a contents page with dot leaders ("Introduction ....... 3"), the running title at the top left of every
  page after the first and a footer "Final version 5.0 – approved for publication" with "Page N" at the right, creator
  and producer "Microsoft® Word for Microsoft 365".

The layout is done here line by line (no flowables), so the page of every paragraph and the number of every line are
known exactly. :func:`wrap` (measured line breaking with hyphenation) is shared with :mod:`devset_converted`."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
LINENUMBERS: dict[str, float] = {
    "size": 10.5,  # body text and line numbers
    "leading": 14.0,
    "left": 72.0,
    "right": _PAGE_W - 72.0,
    "hang": 25.0,  # text of a numbered paragraph, from the left margin
    "bullet_text": 39.0,  # text of a bullet, from the left margin (the "•" at ``hang``)
    "number_right": 60.0,  # line numbers end here
    "first_baseline": _PAGE_H - 92.0,
    "last_baseline": 86.0,
    "after": 7.0,  # space after a paragraph
    "header_y": _PAGE_H - 48.0,
    "footer_y": 46.0,
}
HEADINGS = {1: (13.0, 19.0, 12.0), 2: (11.0, 16.0, 6.0)}  # level: size, leading, space before
FOOTER_NOTE = "Final version 5.0 – approved for publication"
FOOTER = f"{FOOTER_NOTE} Page N"
CREATOR = PRODUCER = "Microsoft® Word for Microsoft 365"
FONT, BOLD = "DevsetVera", "DevsetVeraBd"


def wrap(text: str, font: str, size: float, first: float, width: float, soft: list[str] | None = None,
         hard: list[str] | None = None) -> list[tuple[str, bool]]:
    """Break ``text`` into lines no wider than ``first`` (the first line) and ``width`` (the others), measured in
    ``font`` at ``size``. With ``soft``/``hard`` given, a word that does not fit may be broken: a word of
    :data:`devset_pdf._SHY_WORDS` at its hyphenation point (the word goes to ``soft``), or a compound with one hyphen
    at that hyphen (the compound goes to ``hard``). Returns (line, ends with a break hyphen) pairs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = text.split()
    lines: list[tuple[str, bool]] = []
    line: list[str] = []
    i = 0
    while i < len(words):
        avail = first if not lines else width
        word = words[i]
        if stringWidth(" ".join([*line, word]), font, size) <= avail:
            line.append(word)
            i += 1
            continue
        bare = word.strip(_r.PUNCT)
        cut = None
        if soft is not None and line and word.startswith(bare[:1]) and bare.lower() in _pdf._SHY_WORDS:
            cut, record, into = _pdf._SHY_WORDS[bare.lower()].index("|"), bare, soft
        elif hard is not None and line and word.startswith(bare[:1]) and bare.count("-") == 1 \
                and not bare.startswith("-"):
            cut, record, into = bare.index("-") + 1, bare, hard
        if cut is not None:
            head = word[:cut] if word[cut - 1] == "-" else word[:cut] + "-"
            if stringWidth(" ".join([*line, head]), font, size) <= avail:
                lines.append((" ".join([*line, head]), True))
                into.append(record)
                words[i] = word[cut:]
                line = []
                continue
        if not line:
            raise ValueError(f"word too wide for a line: {word!r}")
        lines.append((" ".join(line), False))
        line = []
    if line:
        lines.append((" ".join(line), False))
    return lines


class _Sheet:
    """Pages of placed lines. A line is (baseline, [(x, text, font, size)], numbered)."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[float, list[tuple[float, str, str, float]], bool]]] = [[]]
        self.rules: list[list[tuple[float, float, float]]] = [[]]  # table rules: (y, x0, x1)
        self.y = LINENUMBERS["first_baseline"]
        self.top = True  # nothing placed yet on this page

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.rules.append([])
        self.y, self.top = LINENUMBERS["first_baseline"], True

    def room(self, leading: float) -> int:
        return max(0, int((self.y - LINENUMBERS["last_baseline"]) // leading) + 1)

    def put(self, segments: list[tuple[float, str, str, float]], leading: float, numbered: bool = True) -> None:
        self.pages[-1].append((self.y, segments, numbered))
        self.y -= leading
        self.top = False

    def space(self, points: float) -> None:
        if not self.top:
            self.y -= points


def _place(sheet: _Sheet, lines: list[tuple[list[tuple[float, str, str, float]], bool]], leading: float,
           numbered: bool = True) -> tuple[int, int]:
    """Place a paragraph's lines (segments, ends with a break hyphen) with widow and orphan control and no broken
    word on a page's last line; return its first and last page."""
    first = None
    remaining = list(lines)
    while remaining:
        room = sheet.room(leading)
        take = len(remaining)
        if take > room:
            take = min(room, len(remaining) - 2)
            while take > 0 and remaining[take - 1][1]:
                take -= 1
            if take < 2:
                if sheet.top:
                    raise RuntimeError("a paragraph cannot be placed")
                sheet.new_page()
                continue
        first = first or sheet.page
        for segments, _broke in remaining[:take]:
            sheet.put(segments, leading, numbered)
        remaining = remaining[take:]
        if remaining:
            sheet.new_page()
    return first or sheet.page, sheet.page


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered report as a Word document with line numbers; return the PDF bytes and its entry."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    if report["numbering"] != "single":
        raise ValueError("the linenumbers layout renders single numbering")
    _pdf._bullet_font()  # registers DevsetVera and DevsetVeraBd
    t = LINENUMBERS
    size, leading, left, right = t["size"], t["leading"], t["left"], t["right"]
    full, hang, btext = right - left, t["hang"], t["bullet_text"]
    soft: list[str] = []
    hard: list[str] = []

    def layout(contents_pages: dict[int, int]) -> tuple[_Sheet, dict[str, list[int]], list[str], dict[int, int]]:
        sheet = _Sheet()
        soft.clear()
        hard.clear()
        sheet.y = _PAGE_H - 250
        for piece, _ in wrap(report["title"], BOLD, 18, full, full):
            sheet.put([((_PAGE_W - stringWidth(piece, BOLD, 18)) / 2, piece, BOLD, 18)], 26, False)
        sheet.y -= 30
        for text in _r.title_lines(report):
            for piece, _ in wrap(text, FONT, 11, full, full):
                sheet.put([((_PAGE_W - stringWidth(piece, FONT, 11)) / 2, piece, FONT, 11)], 15, False)
            sheet.y -= 12
        sheet.new_page()
        sheet.put([(left, "Contents", BOLD, 13)], 28, False)
        contents: list[str] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                page = str(contents_pages.get(idx, 0))
                head = f"{b.text} "
                dots = int((full - stringWidth(head + " " + page, FONT, size)) // stringWidth(".", FONT, size)) - 2
                line = f"{head}{'.' * dots} {page}"
                contents.append(line)
                sheet.put([(left, line, FONT, size)], 20, False)
        sheet.new_page()
        records: dict[str, list[int]] = {}
        heading_pages: dict[int, int] = {}
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                hsize, hlead, before = HEADINGS[b.level]
                sheet.space(before)
                lines = wrap(b.text, BOLD, hsize, full, full)
                if sheet.room(leading) < len(lines) + 3:  # keep with the next lines
                    sheet.new_page()
                for piece, _ in lines:
                    sheet.put([(left, piece, BOLD, hsize)], hlead)
                heading_pages[idx] = sheet.page
                sheet.y -= 2
            elif b.kind == "glossary":
                sheet.space(4)
                for abbr, meaning in b.rows:
                    rows = wrap(meaning, FONT, size - 1, full - 90, full - 90)
                    if sheet.room(leading - 1) < len(rows) + 1:
                        sheet.new_page()
                    sheet.rules[-1].append((sheet.y + size, left - 4, right))
                    for n, (piece, _) in enumerate(rows):
                        segments = [(left + 90, piece, FONT, size - 1)]
                        if n == 0:
                            segments.insert(0, (left, abbr, BOLD, size - 1))
                        sheet.put(segments, leading - 1, False)
                    sheet.y -= 5
                sheet.rules[-1].append((sheet.y + size + 5, left - 4, right))
            elif b.kind == "unnumbered":
                lines = [([(left, x, FONT, size)], broke) for x, broke in wrap(b.text, FONT, size, full, full, soft,
                                                                                 hard)]
                _place(sheet, lines, leading)
                sheet.space(t["after"])
            elif b.kind in ("para", "factor"):
                lines = [([(left + hang, x, FONT, size)], broke)
                         for x, broke in wrap(b.text, FONT, size, full - hang, full - hang, soft, hard)]
                lines[0][0].insert(0, (left, f"{b.label}.", FONT, size))
                for bullet in b.bullets:
                    wrapped = wrap(bullet, FONT, size, full - btext, full - btext, soft, hard)
                    rows = [([(left + btext, x, FONT, size)], broke) for x, broke in wrapped]
                    rows[0][0].insert(0, (left + hang, "\u2022", FONT, size))
                    lines += rows
                records[b.key] = list(_place(sheet, lines, leading))
                sheet.space(t["after"])
            elif b.kind == "rec":
                label = f"{b.label}:"
                gap = stringWidth(label + " ", BOLD, size)
                wrapped = wrap(b.text, FONT, size, full - gap, full, soft, hard)
                lines = [([(left, x, FONT, size)], broke) for x, broke in wrapped]
                lines[0] = ([(left, label, BOLD, size), (left + gap, wrapped[0][0], FONT, size)], wrapped[0][1])
                records[b.key] = list(_place(sheet, lines, leading))
                sheet.space(t["after"])
        return sheet, records, contents, heading_pages

    pages: dict[int, int] = {}
    for _ in range(4):
        sheet, records, contents, heading_pages = layout(pages)
        if heading_pages == pages:
            break
        pages = heading_pages
    else:
        raise RuntimeError("linenumbers layout did not stabilise")
    total = sheet.page

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1)
    c.setTitle(report["title"])
    c.setAuthor(report["publisher"])
    c.setSubject(FICTION_LABEL)
    c.setCreator(CREATOR)
    c.setProducer(PRODUCER)
    for number, (lines, rules) in enumerate(zip(sheet.pages, sheet.rules, strict=True), start=1):
        if number > 1:
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.setFont(FONT, 8.5)
            c.drawString(left, t["header_y"], report["running_title"])
            c.drawString(left, t["footer_y"], FOOTER_NOTE)
            c.drawRightString(right, t["footer_y"], f"Page {number}")
        c.setFillColorRGB(0, 0, 0)
        count = 0
        for y, segments, numbered in lines:
            for x, text, font, fsize in segments:
                c.setFont(font, fsize)
                c.drawString(x, y, text)
            if numbered and number > 2:
                count += 1
                c.setFont(FONT, size)
                c.drawRightString(t["number_right"], y, str(count))
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.5)
        for y, x0, x1 in rules:
            c.line(x0, y, x1, y)
        c.showPage()
    c.save()
    entries = []
    for b in blocks:
        if b.key:
            start, end = records[b.key]
            entries.append(_r.entry(b, start, end > start))
    result = _r.expected(output, blocks, page_count=total, paragraphs=entries,
                         running_header_lines=[report["running_title"], FOOTER], contents_lines=contents,
                         hyphenated_words=list(dict.fromkeys(soft)), broken_compounds=list(dict.fromkeys(hard)))
    return buf.getvalue(), result
