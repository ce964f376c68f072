"""A grid of actions answering a report's numbered paragraphs: read by the column of the report's numbers.

An action plan, a tracker or a register kept in a spreadsheet and exported to PDF answers a review row by row: one row
per action, the review's paragraph (its number in a narrow column, its wording beside it) typed in the first row of
its group only, and around them the responders' own columns (recommendation numbers "1"-"13", action numbers "1.1",
"1.2a", actions, leads, due dates "31.03.26", RAG ratings, progress "60%", updates). Read as a table of prose
(:mod:`.pdf_tables`), a row is one line that opens with its first cell, so the rec or action number reads as the
paragraph's number and the responders' cells as its text. So a ruled table whose rows are numbered in more than one
way (a column of dates is no numbering) is read by what its columns hold: a column of paragraph numbers ("5.2",
"6.10") counting up, each filled exactly in the rows where a column of prose after it is (several words ending a
sentence), is the report's, and the nearest such column the paragraph's wording (a number stands before what it
numbers: a "Report para." column after the text cites the paragraph, it does not number that text); a column counting
its rows 1, 2, 3 ... is the table's own (a "No." or "Rec" column), a numbering but never the report's; where several
columns of numbers would do (the action numbers before the actions), the one whose wording runs longest is the
report's, then the one nearest its text. Each row with a number gives the paragraph's line ("5.2 The day ..."), and
the row's other filled cells one ``aside`` line after it (their own passage: no number of theirs numbers a paragraph,
no word of theirs ends one). The columns' captions (a first row with no number and no sentence, repeated on every
page as print titles) are dropped. The columns found are kept for the next page's grid (same width, opening the page
after a grid that ran to its foot), whose first rows may be a group's later actions with no paragraph; a row there
with wording but no number goes on with the paragraph the page before ended with. A table with one column of numbers
(a report's own "No. | Finding" table) is not such a grid and is read as before, unless the responders' columns show
in it (a column of RAG ratings or statuses, or of due dates under a caption saying so: a tracker printed to PDF, blind
round 71). A row whose one filled cell is its first and no number is a heading merged across the grid: a line of its
own, set aside, and the cells about it are not looked at for the columns.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ...types import Block
from ..clean import Line
from ..hyphens import join_lines
from .common import PROSE_CELL_WORDS, even_rows

_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3}){0,3})([a-z]?)\.?")  # "5.2", "1.2a", "12": a cell holding a number
_DATE = re.compile(r"(?:[0-2]?\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{2}|\d{4})")  # "31.03.26": a due date
_SENTENCE = re.compile(r"[.!?:\"”)]$")
# a RAG rating or an action's status; a due date's caption
_STATUS = re.compile(r"(?:red|amber|green|blue|grey|r|a|g|b|complete(?:d)?|in progress|not started|on track|off track"
                     r"|overdue|ongoing|open|closed|done|delayed|at risk)", re.IGNORECASE)
_DUE = re.compile(r"\b(?:due|target|deadline|by when|completion|timescale)", re.IGNORECASE)
MIN_PARAGRAPHS = 2  # numbered rows a grid must show on its own page (a page after a grid's page may show fewer)
MAX_ROWS = 300


@dataclass
class Grid:
    """The columns of a grid of actions: the report's numbers, their wording, how many columns in all, and the
    captions' row (None if the grid has none)."""

    number: int
    text: int
    width: int
    header: list[str] | None


def _prose(cell: str) -> bool:
    return len(cell.split()) >= PROSE_CELL_WORDS and bool(_SENTENCE.search(cell))


def _key(cell: str) -> tuple[tuple[int, ...], str]:
    m = _NUMBER.fullmatch(cell)
    assert m is not None
    return tuple(int(x) for x in m[1].split(".")), m[2]


def _captions(row: list[str]) -> bool:
    """A first row of captions: no cell a number, none a sentence (a caption may end in a bracket: "Finding
    (wording of the review)"), some filled."""
    return any(row) and not any(_NUMBER.fullmatch(c) or (c.endswith((".", "!", "?")) and _prose(c)) for c in row if c)


def _wording(body: list[list[str]], col: int, numbers: set[int]) -> int | None:
    """The nearest column after ``col`` (a number stands before what it numbers) that is filled in just the rows
    where ``col`` is, each with prose."""
    rows = [k for k, r in enumerate(body) if r[col]]
    for c in range(col + 1, len(body[0])):
        filled = [k for k, r in enumerate(body) if r[c]]
        if c not in numbers and filled == rows and all(_prose(body[k][c]) for k in filled):
            return c
    return None


def _counts_rows(cells: list[str]) -> bool:
    """A column that counts its rows 1, 2, 3 ...: the table's own numbers (a "No." or "Rec" column), no report's."""
    return cells == [str(k) for k in range(1, len(cells) + 1)]


def _heading(row: list[str]) -> bool:
    """A row whose one filled cell is its first and no number: a heading merged across the grid ("Theme 1: ...")."""
    return bool(row[0]) and not any(row[1:]) and not _NUMBER.fullmatch(row[0])


def _tracked(body: list[list[str]], header: list[str] | None, numbers: set[int]) -> bool:
    """Whether the responders' own columns show: a column of RAG ratings or statuses, or of due dates under a
    caption that says so, in every filled cell (a report's own "No. | Date | Event" table has neither)."""
    for c in range(len(body[0])):
        cells = [r[c] for r in body if r[c]]
        if c in numbers or not cells:
            continue
        if all(_STATUS.fullmatch(x) for x in cells) or (
                header is not None and _DUE.search(header[c]) and all(_DATE.fullmatch(x) for x in cells)):
            return True
    return False


def find_grid(rows: list[list[str]], carried: Grid | None = None) -> Grid | None:
    """The grid of actions that a table (its cells' texts ``rows``, a row a list) is, or None. ``carried``: the grid
    that ran to the foot of the page before, which a table of the same width opening this page goes on."""
    if len(rows) < 2 or len(rows) > MAX_ROWS or len({len(r) for r in rows}) != 1 or len(rows[0]) < 3:
        return None
    header = rows[0] if _captions(rows[0]) else None
    body = [r for r in (rows[1:] if header else rows) if not _heading(r)]
    if not body:
        return None
    if carried is not None and carried.width == len(rows[0]) and header in (None, carried.header) \
            and all(not r[carried.number] or _NUMBER.fullmatch(r[carried.number]) for r in body):
        return carried
    numbers = {c for c in range(len(rows[0])) if any(r[c] for r in body)
               and all(_NUMBER.fullmatch(r[c]) for r in body if r[c])
               and not all(_DATE.fullmatch(r[c]) for r in body if r[c])}  # a column of dates numbers nothing
    if len(numbers) < 2 and not _tracked(body, header, numbers):
        return None  # one numbering: the rows' own ("No. | Finding"), read as before
    best: tuple[float, int, Grid] | None = None
    for col in sorted(numbers):
        cells = [r[col] for r in body if r[col]]
        keys = [_key(c) for c in cells]
        if _counts_rows(cells) or len(keys) < MIN_PARAGRAPHS or any(a >= b for a, b in pairwise(keys)):
            continue
        text = _wording(body, col, numbers)
        if text is None:
            continue
        score = (statistics.median(len(r[text].split()) for r in body if r[text]), -abs(text - col))
        if best is None or score > best[:2]:
            best = (*score, Grid(col, text, len(rows[0]), header))
    return best[2] if best else None


def grid_rows(grid: Grid, rows: list[list[str]]) -> Iterator[tuple[int, str, str]]:
    """What each row of the grid gives, as (row, what, text): "para", the paragraph's line ("5.2 The day ...");
    "more", its wording going on without its number (a row cut in two, or carried on by hand); "aside", a heading
    merged across the grid, or the row's other filled cells ("Adult care | 31.03.26")."""
    for k, cells in enumerate(rows):
        if cells == grid.header:
            continue
        if _heading(cells):  # "Theme 1: ..." merged across the grid: a line of its own, which ends the paragraph
            yield k, "aside", cells[0]
            continue
        number, text = cells[grid.number].rstrip("."), cells[grid.text]
        if number:
            yield k, "para", f"{number} {text}"
        elif text:
            yield k, "more", text
        rest = [c for j, c in enumerate(cells) if c and j not in (grid.number, grid.text)]
        if rest:
            yield k, "aside", " | ".join(rest)


def grid_lines(grid: Grid, rows: list[tuple[tuple[float, float], list[str]]], box: tuple[float, float, float, float],
               at: dict[str, Any], held: Line | None) -> tuple[list[Line], Line | None]:
    """The grid's lines on a page: per row, the paragraph's line and then the row's other cells, an aside line.
    ``rows``: each row's (top, bottom) and cells; ``box``: the table's; ``at``: the Line fields of the page (page,
    size, page_height, page_width); ``held``: the paragraph line the grid ended the page before with, or None.
    Returns the lines and the last paragraph's line."""
    out: list[Line] = []
    for k, what, text in grid_rows(grid, [cells for _, cells in rows]):
        (top, bottom), heading = rows[k][0], _heading(rows[k][1])
        if what == "more":
            if held is not None:
                held.text = join_lines(held.text, text)
            continue
        cells = what == "aside" and not heading  # a row's own cells stand a point in from its paragraph
        line = Line(text=text, top=top, bottom=bottom, x0=box[0] + cells, x1=box[2], row=True, aside=what == "aside",
                    **at)
        out.append(line)
        held = line if what == "para" else None if heading else held
    return out, held


def grid_blocks(rows: list[list[str]], pages: list[int | None], table: int) -> list[Block] | None:
    """A table of cell texts (a tracker pasted into Word, a web page or a spreadsheet's HTML export) read as
    :func:`find_grid` reads one in a PDF, or None where it is no grid of actions: a block per paragraph (its row's
    page, ``pages``; ``table``, its table's mark, ends it at its row), the rows' other cells and headings asides.
    A row of fewer cells (a heading spanning the columns) is read as if its spanned cells were empty."""
    even = even_rows(rows)
    grid = find_grid(even)
    if grid is None:
        return None
    out: list[Block] = []
    held: Block | None = None
    for k, what, text in grid_rows(grid, even):
        if what == "more":
            if held is not None:
                held.text = f"{held.text} {text}"
            continue
        block = Block(text=text, kind="aside" if what == "aside" else "para", page=pages[k],
                      table=None if what == "aside" else table)
        out.append(block)
        held = block if what == "para" else None if _heading(even[k]) else held
    return out
