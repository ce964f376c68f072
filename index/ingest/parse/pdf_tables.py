"""Ruled tables of prose in a PDF, read cell by cell.

A review may set its findings in a ruled table ("Finding | What we found | What needs to change"), each cell
several lines of prose. Read line by line across the page, the cells' lines interleave ("Every review meeting
for Kai and his Review meetings should begin Child in need plans in ..."). So a table found by its rules
(pdfplumber's ``find_tables``) whose cells hold wrapped prose is taken out of the page's lines and put back
as one line per row, its cells read one after the other ("Finding 1 Child in need plans ... Every review
meeting ... Review meetings should ..."), where the row stands on the page. Its header row ("Finding | What we
found | ...") is a caption of the columns, not text, and is left out, also where it is repeated on the next
page; a row that a page break cut in two (the next page's table opens with a row holding no label of its own)
is joined cell by cell to the row it continues. A glossary read this way is written "term | definition", as
in a DOCX (:mod:`.common`). Tables of short cells (figures, dates, names) keep being read as lines.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from typing import Any

from ..clean import Line, normalise_text
from ..hyphens import join_lines
from .action_grids import Grid, find_grid, grid_lines
from .common import (
    _LABEL_CELL,
    PARA_START_RE,
    PROSE_CELL_WORDS,
    _is_header,
    is_frame_table,
    is_glossary_table,
    is_paragraph_number,
    row_text,
)
from .keyed_extracts import extract_columns, keyed_rows
from .reply_tables import beside_replies, reply_column, reply_lines
from .ruled_across import ruled_across
from .run_sheets import RunSheet, SheetCarry, run_sheet, sheet_lines

_KIND_HEAD = re.compile(r"^(recommendation|finding)s?$", re.IGNORECASE)
# a row carried over a page under its label again: "2.2 (cont.)", "2.2 (continued)", "2.2 cont'd"
_CONTINUED = re.compile(r"^(\S*\d\S*)\s*\(?(?:cont(?:inued|inues|'d|d)?\.?)\)?$", re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"^\(\d{1,3}\) ", re.MULTILINE)  # "(2) The ...", a numbered paragraph inside a cell
MAX_EDGES = 3000  # a page drawn from more rules than this (a chart, a scan's vector dust) is not searched


@dataclass
class Table:
    bbox: tuple[float, float, float, float]
    rows: list[tuple[tuple[float, float], list[str]]]  # (top, bottom) and cell texts, header left out
    header: list[str] | None
    glossary: bool
    size: float
    sheet: RunSheet | None = None  # a session plan's run sheet, read item by item (:mod:`.run_sheets`)
    grid: Grid | None = None  # a grid of actions answering a report's paragraphs (:mod:`.action_grids`)
    replies: float | None = None  # where the replies beside the review's paragraphs start (:mod:`.reply_tables`)
    quoted: bool = False  # a table of extracts, each row a quotation of its own (:mod:`.keyed_extracts`)


@dataclass
class Carry:
    """The last row of the table a page ended with, to join the row the next page's table opens with."""

    line: Line | None = None
    cells: list[str] = field(default_factory=list)
    header: list[str] | None = None  # the column captions of the table, repeated on the next page
    sheet: SheetCarry = field(default_factory=SheetCarry)  # a run sheet's item the page cut, as ``line`` is
    grid: Grid | None = None  # the columns of the grid of actions the page ended with, its last paragraph ``line``
    replies: int = 0  # the page whose table of replies ran to its foot, to go on on the next page


def _cell(text: str | None) -> str:
    lines = [normalise_text(t) for t in (text or "").split("\n")]
    out = ""
    for ln in (t for t in lines if t):
        out = join_lines(out, ln) if out else ln
    return out


def _prose(cell: str) -> bool:
    return len(cell.split()) >= PROSE_CELL_WORDS and bool(re.search(r"[.!?:\"”)]$", cell))


def _chars_in(page: Any, box: tuple[float, float, float, float]) -> list[dict]:
    x0, top, x1, bottom = box
    return [c for c in page.chars if x0 <= c["x0"] and c["x1"] <= x1 and top <= c["top"] and c["bottom"] <= bottom]


def _size(page: Any, box: tuple[float, float, float, float]) -> float:
    chars = _chars_in(page, box)
    return statistics.median(round(float(c["size"]), 1) for c in chars) if chars else 0.0


def prose_tables(page: Any, carry: Carry | None = None) -> list[Table]:
    """The ruled tables of ``page`` that hold wrapped prose in their cells, its run sheets and its grids of actions."""
    edges = page.edges
    if len(edges) < 4 or len(edges) > MAX_EDGES:
        return []
    out = []
    found = page.find_tables()
    for t in found + ruled_across(page, found):  # also a table ruled across only (:mod:`.ruled_across`)
        raw = t.extract()
        rows = [[_cell(c) for c in r] for r in raw]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        x0, top, x1, bottom = t.bbox
        keyed = extract_columns(rows)  # a table of extracts: each row its location and its extract alone
        rows = keyed_rows(rows, keyed) if keyed else rows
        # the review's numbered paragraphs beside the replies to them, read cell by cell (:mod:`.reply_tables`)
        carried = carry is not None and carry.replies > 0 and carry.replies == page.page_number - 1
        replies = reply_column(t) if not keyed and beside_replies(rows, carried) else None
        if replies is None and not keyed:
            if is_frame_table(rows):
                continue
            if sheet := run_sheet(t, rows, carry is not None and carry.line is not None
                                  and carry.line is carry.sheet.line):
                out.append(Table((x0, top, x1, bottom), [], None, False, 0.0, sheet))
                continue
            if grid := find_grid(rows, carry.grid if carry is not None and carry.line is not None else None):
                bounds = [(float(r.bbox[1]), float(r.bbox[3])) for r in t.rows]
                out.append(Table(t.bbox, list(zip(bounds, rows, strict=True)), grid.header, False,
                                 _size(page, t.bbox), grid=grid))
                continue
            if not any(c and "\n" in c.strip() and _prose(_cell(c)) for r in raw for c in r):
                continue  # every cell one line: read across the page as before
            if any(len(r) == 2 and _NUMBERED_LINE.search(r[1] or "") for r in raw):
                continue  # a form's box of numbered paragraphs (a coroner's matters of concern): read as page lines
        # a first row numbered like the rest ("1 | Introduction") is a row of the table, not its captions
        header = rows[0] if _is_header([c for c in rows[0] if c], abbreviations=True) \
            and not is_paragraph_number(rows[0][0] or "") else None
        bounds = [(float(r.bbox[1]), float(r.bbox[3])) for r in t.rows]
        body = list(zip(bounds, rows, strict=True))[1 if header else 0:]
        out.append(Table((x0, top, x1, bottom), body, header, not keyed and is_glossary_table(rows),
                         _size(page, t.bbox), replies=replies, quoted=bool(keyed)))
    return out


def outside(page: Any, tables: list[Table]) -> Any:
    """``page`` without the characters of ``tables``."""
    for t in tables:
        page = page.outside_bbox(t.bbox)
    return page


def _row_line(cells: list[str], glossary: bool, header: list[str] | None = None) -> str:
    cells = [c for c in cells if c]
    if glossary or not any(_prose(c) for c in cells):
        return row_text(cells, glossary)
    if is_paragraph_number(cells[0]):
        # "3" under a "Recommendation" or "Finding" column is Recommendation 3 (the body has its own 3);
        # otherwise a number in a cell of its own numbers its row, as a typed "12." would
        kind = next((m.group(1).capitalize() for c in header or [] if (m := _KIND_HEAD.match(c))), None)
        if kind and "." not in cells[0]:
            return f"{kind} {cells[0]}: {' '.join(cells[1:])}"
        return row_text([cells[0], " ".join(cells[1:])])
    return " ".join(cells)


def _heading_row(cells: list[str], page: Any, bbox: tuple[float, float, float, float], top: float,
                 bottom: float) -> bool:
    """A row of a table of prose that holds a short title in bold, with at most a number beside it."""
    filled = [c for c in cells if c]
    if not filled or len(filled) > 2 or (len(filled) == 2 and not is_paragraph_number(filled[0].rstrip("."))):
        return False
    title = filled[-1]
    if len(title.split()) > 12 or re.search(r"[.!?:;,]$", title):
        return False
    chars = [c for c in _chars_in(page, (bbox[0], top, bbox[2], bottom)) if c["text"].strip()]
    return bool(chars) and sum("bold" in str(c.get("fontname", "")).lower() for c in chars) >= 0.8 * len(chars)


def _continues(cells: list[str], before: list[str]) -> bool:
    """Does a table's first row on a page carry on the row ``before`` that ended the page before? So it does
    when its first cell is empty (the label's cell ended there), or when it opens with no label of its own and
    a cell of it starts in lower case or a cell before stopped mid-sentence."""
    if len(cells) != len(before):
        return False
    first = cells[0]
    if not first or ((m := _CONTINUED.match(first)) is not None and m.group(1).rstrip(".") == before[0].rstrip(".")):
        return True
    if PARA_START_RE.match(first + " ") or _LABEL_CELL.match(first.split(" ")[0]):
        return False
    return any(c[:1].islower() for c in cells if c) or any(_prose(b + ".") and not re.search(r"[.!?:\"”)]$", b)
                                                          for b in before)


def table_lines(tables: list[Table], page: Any, pno: int, others: list[Line], carry: Carry) -> list[Line]:
    """One line per row of ``tables`` (on page ``pno``, beside the page's ``others`` lines). A first row that
    continues the row ``carry`` holds from the page before is joined to it there instead."""
    out: list[Line] = []
    height, width = float(page.height), float(page.width)
    body_top = min((ln.top for ln in others if ln.top > 0.12 * height), default=height)
    for n, t in enumerate(tables):
        rows = t.rows
        # a table opening the page may go on from the page before: its captions, and perhaps its last row
        going_on = n == 0 and carry.line is not None and t.bbox[1] <= body_top
        if t.replies is not None:
            out += reply_lines([r for r in rows if r[1] != carry.header], t.bbox, t.replies, t.size,
                               (pno, height, width))
            carry.line, carry.replies, carry.header, carry.grid = None, pno, t.header or carry.header, None
            continue
        if t.sheet is not None:
            out += sheet_lines(t.sheet, page, pno, carry.sheet, going_on and carry.line is carry.sheet.line)
            carry.line, carry.grid = carry.sheet.line, None
            continue
        if t.grid is not None:
            at = {"page": pno, "size": t.size, "page_height": height, "page_width": width}
            lines, carry.line = grid_lines(t.grid, rows, t.bbox, at, carry.line if going_on and carry.grid else None)
            out, carry.grid, carry.cells = out + lines, t.grid, []
            continue
        header = t.header or (carry.header if going_on else None)
        if going_on and rows and carry.line is not None and _continues(rows[0][1], carry.cells):
            (_, cells), rows = rows[0], rows[1:]
            cells = ["", *cells[1:]] if _CONTINUED.match(cells[0]) else cells
            carry.cells = [join_lines(a, b) if a and b else a or b for a, b in zip(carry.cells, cells, strict=True)]
            carry.line.text = _row_line(carry.cells, t.glossary, header)
        for (top, bottom), cells in rows:
            text = _row_line(cells, t.glossary, header)
            if not text or cells == carry.header:
                continue
            line = Line(text=text, page=pno, top=top, bottom=bottom, x0=t.bbox[0], x1=t.bbox[2], size=t.size,
                        page_height=height, page_width=width, row=True, quoted=t.quoted)
            if not t.glossary and _heading_row(cells, page, t.bbox, top, bottom):
                # a section's title across the table ("2 | Child T and his family" in bold): a heading
                line.text, line.row, line.bold = " ".join(c for c in cells if c), False, True
            out.append(line)
            carry.line, carry.cells, carry.grid = line, cells, None
        carry.header = t.header or carry.header
    # a table that does not run to the foot of its page has no row for the next page to continue
    last = max((t.bbox[3] for t in tables), default=0.0)
    if any(ln.top > last and ln.top < 0.88 * height for ln in others):
        carry.line, carry.replies = None, 0
    return out
