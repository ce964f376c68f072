"""PDF writer for the fictional development set, layout ``booklet``: a review designed as an A5 BOOKLET and published as
the PDF its board printed from the booklet file "two pages per sheet", so that every page of the PDF is a landscape A4
SHEET holding two printed pages side by side, in reading order (printed pages 1 and 2 on the first sheet, 3 and 4 on
the second, and so on):

* each half of a sheet is a complete printed page of its own: the running title centred at its head and its FOLIO (the
  printed page number, "7") centred at its foot, from printed page 3 on; the cover (page 1, the title and the fiction
  label under a coloured panel), the inside cover (page 2, the reviewer and approval lines) and the back cover (the
  board's address, output key ``back_cover``) carry neither; a page that would otherwise be left empty before the back
  cover is printed "This page is intentionally left blank" under its running title and folio;
* so a line across the sheet meets two pages: the left page's text and then the right page's, each with its own
  header and footer at the same heights (read the halves apart, as a reader turns from one page to the next);
* numbering ``two-level``: "3.12" in the text's font at the left margin of its page with the text at a hanging indent,
  chapter headings "3 What happened" in bold, subheadings in bold italic, "•" bullets further in, "Recommendation N:"
  bold and run in; the text JUSTIFIED in Bitstream Vera (each full line stretched by word spacing, a paragraph's last
  line not), words broken at line ends ("safe-" / "guarding", ``hyphenated_words``; compounds at their own hyphen,
  ``broken_compounds``), never on a page's last line; widow and orphan control, headings kept with the next lines;
* the foreword and the first chapter each start a printed page; after that the chapters run on; a contents page with
  dot leaders giving PRINTED page numbers; the glossary a two-column list at the back; creator "Microsoft® Publisher
  2016", producer "Microsoft: Print To PDF".

``expected.json`` records, as for every PDF, the PDF page (the sheet, 1-based) on which each paragraph starts as
``page`` (and ``split_across_pages`` when it runs on to a later sheet), and adds ``page_label``, the folio printed on
the half-page where it starts, which is what a reader of the booklet cites; ``printed_pages`` lists, per sheet, the
folios printed on it (left page first; none on the covers); ``contents_lines`` carry printed page numbers;
``back_cover_lines`` are never text of the review."""

from __future__ import annotations

import io
from typing import Any

from . import devset_linenumbers as _ln
from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

SHEET_W, SHEET_H = 841.8897637795277, 595.2755905511812  # A4 landscape: two A5 portrait pages side by side
HALF_W = SHEET_W / 2
BOOKLET: dict[str, float] = {
    "size": 10.0,  # body text
    "leading": 14.0,
    "left": 48.0,  # margins of a printed page, from its own left edge
    "right": HALF_W - 48.0,
    "hang": 27.0,  # text of a numbered paragraph, from the left margin
    "bullet_text": 39.0,  # text of a bullet, from the left margin (the "•" at ``hang``)
    "first_baseline": SHEET_H - 68.0,
    "last_baseline": 60.0,
    "after": 5.0,  # space after a paragraph
    "header_y": SHEET_H - 34.0,  # running title (baseline)
    "footer_y": 28.0,  # folio (baseline)
    "header_size": 7.5,
    "body_top": 48.0,  # from the top of the sheet: the header band ends, the page bodies begin
    "body_bottom": SHEET_H - 44.0,  # the page bodies end, the footer band begins
}
HEADINGS = {1: (12.0, 16.0, 11.0), 2: (9.5, 13.0, 5.0)}  # level: size, leading, space before
CREATOR, PRODUCER = "Microsoft® Publisher 2016", "Microsoft: Print To PDF"
FONT, BOLD, BOLD_ITALIC = "DevsetVera", "DevsetVeraBd", "DevsetVeraBI"
BLANK = "This page is intentionally left blank"
PANEL = (0.16, 0.29, 0.45)  # the cover's panel


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _pdf._bullet_font()  # DevsetVera and DevsetVeraBd
    if BOLD_ITALIC not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(BOLD_ITALIC, "VeraBI.ttf"))


class _Pages:
    """Printed (A5) pages of placed lines; a line is (baseline, ([(x, text, font)], extra word spacing, size)). The
    interface is that of :class:`devset_linenumbers._Sheet`, so that its ``_place`` (widows, orphans, no broken word
    at a page's foot) lays out the paragraphs."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[float, Any]]] = [[]]
        self.y = BOOKLET["first_baseline"]
        self.top = True

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y, self.top = BOOKLET["first_baseline"], True

    def room(self, leading: float) -> int:
        return max(0, int((self.y - BOOKLET["last_baseline"]) // leading) + 1)

    def put(self, payload: Any, leading: float, numbered: bool = True) -> None:
        del numbered
        self.pages[-1].append((self.y, payload))
        self.y -= leading
        self.top = False

    def space(self, points: float) -> None:
        if not self.top:
            self.y -= points


def sheet_of(page: int) -> int:
    """The PDF page (sheet) on which printed page ``page`` stands: pages 1 and 2 on sheet 1, 3 and 4 on sheet 2 ..."""
    return (page + 1) // 2


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level report as an A5 booklet, then print it two pages to a landscape sheet."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    if report["numbering"] != "two-level":
        raise ValueError("the booklet layout renders two-level numbering")
    _fonts()
    t = BOOKLET
    size, leading, left, right = t["size"], t["leading"], t["left"], t["right"]
    full, hang, btext = right - left, t["hang"], t["bullet_text"]
    soft: list[str] = []
    hard: list[str] = []
    back_cover = [str(x) for x in output.get("back_cover", [])]
    if not back_cover:
        raise ValueError("the booklet layout needs the back cover's lines (output key back_cover)")

    def centred(text: str, font: str, fsize: float) -> float:
        return (HALF_W - stringWidth(text, font, fsize)) / 2

    def justified(text: str, x: float, first: float, width: float, font: str = FONT) -> list[tuple[Any, bool]]:
        """A paragraph's lines at ``x``, each full line with the extra word spacing that justifies it."""
        pieces = _ln.wrap(text, font, size, first, width, soft, hard)
        out = []
        for n, (piece, broke) in enumerate(pieces):
            gaps = piece.count(" ")
            avail = first if n == 0 else width
            extra = (avail - stringWidth(piece, font, size)) / gaps if n + 1 < len(pieces) and gaps else 0.0
            out.append((([(x, piece, font)], extra, size), broke))
        return out

    def layout(contents_pages: dict[int, int]) -> tuple[_Pages, dict[str, list[int]], list[str], dict[int, int]]:
        pages = _Pages()
        soft.clear()
        hard.clear()
        pages.y = SHEET_H - 250  # the cover: the title under the panel, then the fiction label, date and publisher
        for piece, _ in _ln.wrap(report["title"], BOLD, 17, full, full):
            pages.put(([(centred(piece, BOLD, 17), piece, BOLD)], 0.0, 17.0), 23)
        pages.y -= 26
        for text in _r.title_lines(report)[:3]:
            for piece, _ in _ln.wrap(text, FONT, 9, full, full):
                pages.put(([(centred(piece, FONT, 9), piece, FONT)], 0.0, 9.0), 12.5)
            pages.y -= 10
        pages.new_page()  # the inside cover: the rest of the title page's lines, low on the page
        pages.y = 150
        for text in _r.title_lines(report)[3:]:
            for piece, _ in _ln.wrap(text, FONT, 8.5, full, full):
                pages.put(([(left, piece, FONT)], 0.0, 8.5), 12)
            pages.y -= 4
        pages.new_page()
        pages.put(([(left, "Contents", BOLD)], 0.0, 13.0), 26)
        contents: list[str] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                folio = str(contents_pages.get(idx, 0))
                dots = int((full - stringWidth(f"{b.text}  {folio}", FONT, size)) // stringWidth(".", FONT, size))
                line = f"{b.text} {'.' * (dots - 2)} {folio}"
                contents.append(line)
                pages.put(([(left, line, FONT)], 0.0, size), 18)
        records: dict[str, list[int]] = {}
        heading_pages: dict[int, int] = {}
        chapters = 0
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                hsize, hlead, before = HEADINGS[b.level]
                font = BOLD if b.level == 1 else BOLD_ITALIC
                if b.level == 1:
                    chapters += 1
                if b.level == 1 and chapters <= 2:  # the foreword, then the first chapter, each open a page
                    pages.new_page()
                pages.space(before)
                lines = _ln.wrap(b.text, font, hsize, full, full)
                if pages.room(leading) < len(lines) + 3:  # keep with the next lines
                    pages.new_page()
                for piece, _ in lines:
                    pages.put(([(left, piece, font)], 0.0, hsize), hlead)
                heading_pages[idx] = pages.page
                pages.y -= 2
            elif b.kind == "glossary":
                pages.space(3)
                for abbr, meaning in b.rows:
                    rows = _ln.wrap(meaning, FONT, size - 0.5, full - 72, full - 72)
                    if pages.room(leading) < len(rows):
                        pages.new_page()
                    for n, (piece, _) in enumerate(rows):
                        segs = [(left + 72, piece, FONT)]
                        if n == 0:
                            segs.insert(0, (left, abbr, BOLD))
                        pages.put((segs, 0.0, size - 0.5), leading - 0.5)
                    pages.y -= 3
            elif b.kind == "unnumbered":
                _ln._place(pages, justified(b.text, left, full, full), leading)
                pages.space(t["after"])
            elif b.kind in ("para", "factor"):
                lines = justified(b.text, left + hang, full - hang, full - hang)
                lines[0][0][0].insert(0, (left, b.label, FONT))
                for bullet in b.bullets:
                    rows = justified(bullet, left + btext, full - btext, full - btext)
                    rows[0][0][0].insert(0, (left + hang, "\u2022", FONT))
                    lines += rows
                records[b.key] = list(_ln._place(pages, lines, leading))
                pages.space(t["after"])
            elif b.kind == "rec":
                label = f"{b.label}:"
                gap = stringWidth(label + " ", BOLD, size)
                lines = justified(b.text, left, full - gap, full)
                (segs, extra, fsize), broke = lines[0]
                lines[0] = (([(left, label, BOLD), (left + gap, segs[0][1], FONT)], extra, fsize), broke)
                records[b.key] = list(_ln._place(pages, lines, leading))
                pages.space(t["after"])
        return pages, records, contents, heading_pages

    folios: dict[int, int] = {}
    for _ in range(4):
        pages, records, contents, heading_pages = layout(folios)
        if heading_pages == folios:
            break
        folios = heading_pages
    else:
        raise RuntimeError("booklet layout did not stabilise")
    last_text = pages.page
    blank = last_text % 2 == 0  # the back cover must be the right half of the last sheet
    count = last_text + 1 + blank
    sheets = sheet_of(count)

    def folio_of(page: int) -> str | None:
        return str(page) if 3 <= page < count else None

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(SHEET_W, SHEET_H), invariant=1)
    c.setTitle(report["title"])
    c.setAuthor(report["publisher"])
    c.setSubject(FICTION_LABEL)
    c.setCreator(CREATOR)
    c.setProducer(PRODUCER)
    def draw(x: float, y: float, text: str, font: str, fsize: float, extra: float = 0.0) -> None:
        """One run of text. Word spacing is part of the graphics state and outlives a text object, so every run sets
        it: only a justified line's text is stretched, never a label, a bullet, a heading or the running matter."""
        obj = c.beginText(x, y)
        obj.setFont(font, fsize)
        obj.setWordSpace(extra)
        obj.textOut(text)
        c.drawText(obj)

    for sheet in range(1, sheets + 1):
        for side, page in enumerate((2 * sheet - 1, 2 * sheet)):
            dx = side * HALF_W
            lines = pages.pages[page - 1] if page <= last_text else []
            if page == 1:  # the cover's panel (no text)
                c.setFillColorRGB(*PANEL)
                c.rect(dx, SHEET_H - 190, HALF_W, 190, stroke=0, fill=1)
            folio = folio_of(page)
            if folio:
                c.setFillColorRGB(0.3, 0.3, 0.3)
                title, hsize = report["running_title"], t["header_size"]
                draw(dx + centred(title, FONT, hsize), t["header_y"], title, FONT, hsize)
                draw(dx + centred(folio, FONT, 8), t["footer_y"], folio, FONT, 8)
            c.setFillColorRGB(0, 0, 0)
            if blank and page == count - 1:
                draw(dx + centred(BLANK, FONT, size), SHEET_H / 2, BLANK, FONT, size)
            if page == count:  # the back cover
                for n, text in enumerate(back_cover):
                    draw(dx + centred(text, FONT, 8.5), 150.0 - 13 * n, text, FONT, 8.5)
            for y, (segments, extra, fsize) in lines:
                for n, (x, text, font) in enumerate(segments):  # the last segment is the text; before it a label
                    draw(dx + x, y, text, font, fsize, extra if n == len(segments) - 1 else 0.0)
        c.showPage()
    c.save()
    entries = []
    for b in blocks:
        if b.key:
            start, end = records[b.key]
            entry = _r.entry(b, sheet_of(start), sheet_of(end) > sheet_of(start))
            entry["page_label"] = str(start)
            entries.append(entry)
    printed = [[f for f in (folio_of(2 * s - 1), folio_of(2 * s)) if f] for s in range(1, sheets + 1)]
    result = _r.expected(output, blocks, page_count=sheets, paragraphs=entries,
                         running_header_lines=[report["running_title"], "N"], contents_lines=contents,
                         hyphenated_words=list(dict.fromkeys(soft)), broken_compounds=list(dict.fromkeys(hard)),
                         printed_pages=printed, back_cover_lines=back_cover)
    return buf.getvalue(), result
