"""Tables ruled across only: rules between the rows and none between the columns, found by their header row.

Word's "horizontal borders only" and "plain table" styles, an APA-style table and LaTeX's booktabs rule a table
across the page (above and below its header row, between its rows or groups of rows, under its last) and draw no
line between its columns. pdfplumber's table finder builds cells from rules that cross, so it finds no table there,
and the page is read line by line straight across the cells (an extract's lines run into the theme codes beside
them). Such a table is recognised by its rules and its header row: three or more horizontal rules that end at
one right edge (a rule that begins further in is a row's rule under a cell merged down the rows), under the
topmost of them a header of bold column captions standing apart from each other, and no rule down the region. The
captions give the columns: each column's text starts where its caption does, one cell margin (the first caption's
distance from the table's left edge) in from the column's edge. The columns are real only if no word of the body
crosses an edge between them. A row that a page break cut has no rule under it: it runs on below the last rule,
line after line at the row's leading, to the foot of the page's text, and the table ends where it does.

The tables are pdfplumber's own, found with those column edges as explicit vertical lines and the page's rules as
the horizontal ones (:func:`ruled_across`), and read by :func:`.pdf_tables.prose_tables` as any ruled table is. A
page whose rules frame no header of captions (a rule under a heading, a footnote rule, a box) keeps its lines.
"""

from __future__ import annotations

import itertools
import statistics
from typing import Any

from .common import BOLD_FONT

MIN_RULES = 3  # the header's rules and one under a row at least
MAX_RULES = 500  # horizontal rules on a page considered (a chart's gridlines are no table)
MAX_CAPTIONS = 24  # columns of one table
CAPTION_GAP = 0.6  # of the type's size: a wider gap between two header characters parts two captions
HEADER_LINES = 3  # lines a caption may wrap to
EDGE = 1.0  # points: rules ending this close end at one edge
RUN_ON = 0.6  # of the type's size: the most white between two lines of a row run on below the last rule


def _rules(page: Any) -> list[tuple[float, float, float]]:
    """The page's horizontal rules as (x0, x1, y), top down (the edges of lines and of filled or stroked boxes)."""
    edges = [e for e in page.edges if e.get("orientation") == "h" and e["x1"] - e["x0"] > 0.2 * float(page.width)]
    return sorted(((float(e["x0"]), float(e["x1"]), float(e["top"])) for e in edges[:MAX_RULES]), key=lambda r: r[2])


def _within(page: Any, box: tuple[float, float, float, float]) -> Any | None:
    """``page`` cropped to ``box`` clipped to the page's own box (a rule may run off it), None where none is left."""
    x0, top, x1, bottom = page.bbox
    clip = (max(box[0], float(x0)), max(box[1], float(top)), min(box[2], float(x1)), min(box[3], float(bottom)))
    return page.crop(clip) if clip[0] < clip[2] and clip[1] < clip[3] else None


def _ruled_down(page: Any, box: tuple[float, float, float, float]) -> bool:
    """A rule runs down inside ``box`` (a line, or a box no wider than a rule; a shaded cell's sides are none)."""
    x0, top, x1, bottom = box
    downs = [o for o in (*page.lines, *page.rects) if float(o["x1"]) - float(o["x0"]) <= 2.0]
    return any(x0 + EDGE < float(o["x0"]) < x1 - EDGE and float(o["bottom"]) > top + EDGE
               and float(o["top"]) < bottom - EDGE for o in downs)


def _header(page: Any, left: float, right: float, full: list[float]) -> tuple[float, float, float, list] | None:
    """The header row: the first two rules across (``full``, top down) that frame bold captions standing apart,
    as (top, bottom, type size, the captions' spans)."""
    for top, under in itertools.pairwise(full):
        band = _within(page, (left, top, right, under)) if under - top > 4 else None
        head = [c for c in band.chars if c["text"].strip()] if band is not None else []
        if not head:
            continue
        size = statistics.median(float(c["size"]) for c in head)
        captions = _captions(head)
        bold = sum(bool(BOLD_FONT.search(str(c.get("fontname", "")))) for c in head) >= 0.8 * len(head)
        if bold and 2 <= len(captions) <= MAX_CAPTIONS and under - top <= (HEADER_LINES + 1) * 1.4 * size:
            return top, under, size, captions
    return None


def _captions(chars: list[dict]) -> list[tuple[float, float]]:
    """The header's captions as (x0, x1): its characters' spans on the page's width, merged across narrow gaps."""
    size = statistics.median(float(c["size"]) for c in chars)
    out: list[list[float]] = []
    for c in sorted(chars, key=lambda c: float(c["x0"])):
        if out and float(c["x0"]) - out[-1][1] < CAPTION_GAP * size:
            out[-1][1] = max(out[-1][1], float(c["x1"]))
        else:
            out.append([float(c["x0"]), float(c["x1"])])
    return [(a, b) for a, b in out]


def _crosses(words: list[dict], edges: list[float]) -> bool:
    return any(float(w["x0"]) < x - 0.5 and float(w["x1"]) > x + 0.5 for w in words for x in edges)


def _run_on(page: Any, box: tuple[float, float, float, float], edges: list[float], starts: list[float],
            size: float) -> float:
    """How far below the last rule (``box``'s top) the table's last row runs on: to the bottom of its last line
    of text there, each line close under the one before, its words within the columns and starting at a column's
    text; the rule's own height where no line does."""
    y, below = box[1], _within(page, box)
    lines = below.extract_text_lines(return_chars=False) if below is not None else []
    for ln in sorted(lines, key=lambda ln: float(ln["top"])):
        line = _within(page, (box[0], float(ln["top"]), box[2], float(ln["bottom"])))
        words = line.extract_words() if line is not None else []
        close = float(ln["top"]) - y <= (1.5 if y == box[1] else RUN_ON) * size
        if not (close and words and not _crosses(words, edges)
                and any(abs(float(words[0]["x0"]) - s) < EDGE for s in starts)):
            break
        y = float(ln["bottom"])
    return y


def ruled_across(page: Any, found: list[Any]) -> list[Any]:
    """The tables of ``page`` ruled across only, as the module says, that do not overlap ``found`` (the tables
    pdfplumber's finder found by their crossing rules): pdfplumber tables, their columns set by the header's
    captions."""
    rules = _rules(page)
    if len(rules) < MIN_RULES:
        return []
    right = max(r[1] for r in rules)
    mine = [r for r in rules if abs(r[1] - right) <= EDGE]
    left = min(r[0] for r in mine)
    full = sorted({round(r[2], 1) for r in mine if abs(r[0] - left) <= EDGE})
    head = _header(page, left, right, full) if len(mine) >= MIN_RULES else None
    if head is None:
        return []
    top, under, size, captions = head
    margin = captions[0][0] - left
    edges = [a - margin for a, _ in captions[1:]]
    if margin < 0 or any(x <= b for x, (_, b) in zip(edges, captions, strict=False)):
        return []
    last = max(r[2] for r in mine)
    bottom = _run_on(page, (left, last, right, float(page.height)), edges, [a for a, _ in captions], size)
    body = (left, under, right, max(bottom, last))
    inside, box = _within(page, body), (left, top - EDGE, right, body[3] + EDGE)
    table = _within(page, box)
    if inside is None or table is None or body[3] - body[1] < size or _crosses(inside.extract_words(), edges) \
            or _ruled_down(page, body):
        return []
    if any(box[0] < f.bbox[2] and f.bbox[0] < box[2] and box[1] < f.bbox[3] and f.bbox[1] < box[3] for f in found):
        return []
    settings = {"vertical_strategy": "explicit", "explicit_vertical_lines": [left, *edges, right],
                "horizontal_strategy": "lines", "explicit_horizontal_lines": [bottom] if bottom > last else []}
    return list(table.find_tables(settings))
