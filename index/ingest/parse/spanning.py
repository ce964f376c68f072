"""Boxed panels that cut through the text's flow (for :mod:`.columns`): one set across some, not all, of a
band's columns, and one on a page of a single column.

A learning briefing in three columns may set a pull quote in a box over the first two, with the third column
running on beside it. The lines beside the box cross the first gutter, so the page falls apart into a band
above the box, a stretch read straight across (the quote spliced into the third column's lines) and a band
below. Where the bands above and below have the same gutters (or the band below some of them, a column that ends
above the box showing no gutter below it: :func:`_goes_on`), a ruled or shaded rectangle lies between them
over two or more of their columns but not all, and every line between them keeps either inside the box or
to the columns beside it, the two bands are one: each covered column is read above the box, then below it
(two groups, rejoined like a paragraph running on into the next column), the others top to bottom, and the
box's text is left out when it repeats the band's (``REPEAT_SHARE`` of its words, as a pull quote does) or
read after the band when it does not. A pull quote in large type with no box round it counts as a box
(:func:`pulled`). On a one-column page, a box of two or more lines that cuts through a
sentence (:func:`boxed`) is read after the paragraph, as a sidebar in a column is (:mod:`.asides`); so is a box
floated beside the last lines of a paragraph that runs on below it (:func:`box_beside_end`). The page's foot there
(smaller type below every box: the running foot, notes) stays its last, however the boxes are read.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from .asides import Rect, order_band, text_line
from .chars import usual_size
from .common import TERMINAL
from .gutters import GUTTER_MIN, Band, LineBox

SLACK = 12.0  # pt: a box covers a column when it reaches this near its text's edges
FOOT_SMALLER = 0.6  # pt below the page's text: a line at the page's foot is running matter or a note


def _extents(boxes: Sequence[LineBox], band: Band) -> list[tuple[float, float]]:
    """The x extent of each column's text in the band."""
    edges = [-1e9, *band.cuts, 1e9]
    out = []
    for c in range(len(band.cuts) + 1):
        runs = [r for i in range(band.first, band.last + 1) for r in boxes[i].runs
                if edges[c] < (r[0] + r[1]) / 2 < edges[c + 1]]
        out.append((min(a for a, _ in runs), max(b for _, b in runs)) if runs else (edges[c], edges[c + 1]))
    return out


PULL_SCALE = 1.4  # a pull quote's type size over the text's, at least
PULL_CHARS = 12  # letters of a pull quote, at least (a drop cap is one)


def pulled(page: Any) -> list[Rect]:
    """Pull quotes set in large type with no box round them (blind round 76's columns.pdf: 15 pt italic across two of
    three columns of 8.5 pt text): the rectangle round each run of lines of such type, one close under the next, as
    :func:`across_panels` reads a box."""
    size = usual_size(page.chars)
    big = sorted((c for c in page.chars if c["text"].strip() and float(c["size"]) >= PULL_SCALE * size),
                 key=lambda c: float(c["top"]))
    out: list[Rect] = []
    run: list[dict] = []
    for c in [*big, None]:
        if c is None or (run and float(c["top"]) - max(float(r["bottom"]) for r in run) > float(c["size"])):
            if len(run) >= PULL_CHARS:  # widened by two of its letters' sizes: its lines, centred or ragged, fall
                pad = 2 * max(float(r["size"]) for r in run)  # short of the columns' edges that a box would reach
                out.append((min(float(r["x0"]) for r in run) - pad, min(float(r["top"]) for r in run),
                            max(float(r["x1"]) for r in run) + pad, max(float(r["bottom"]) for r in run)))
            run = []
        if c is not None:
            run.append(c)
    return out


def covered(rect: Rect, extents: Sequence[tuple[float, float]]) -> list[int]:
    return [c for c, (a, b) in enumerate(extents) if rect[0] <= a + SLACK and rect[2] >= b - SLACK]


def _goes_on(boxes: Sequence[LineBox], a: Band, b: Band) -> bool:
    """Has the band below a box the gutters of the band above it? Or some of them, none of its lines crossing the
    others: a column that ends above the box, or a few lines below it, is too short to show its gutter there."""
    near = [any(abs(p - q) <= GUTTER_MIN for q in a.cuts) for p in b.cuts]
    if len(a.cuts) == len(b.cuts):
        return all(near)
    return 0 < len(b.cuts) < len(a.cuts) and all(near) and not any(
        r[0] < cut < r[1] for i in range(b.first, b.last + 1) for r in boxes[i].runs for cut in a.cuts)


def across_panels(boxes: Sequence[LineBox], bands: list[Band], rects: Sequence[Rect]) -> tuple[list[Band], list[Rect]]:
    """The bands, with each pair on either side of a box over some of their columns joined (module notes);
    and those boxes."""
    found: list[Rect] = []
    k = 0
    while k + 1 < len(bands):
        a, b = bands[k], bands[k + 1]
        if not a.cuts or not _goes_on(boxes, a, b):
            k += 1
            continue
        extents = _extents(boxes, a)
        for rect in rects:
            cols = covered(rect, extents)
            if not 2 <= len(cols) <= len(a.cuts) or not boxes[a.first].top < rect[1] < rect[3] < boxes[b.last].bottom:
                continue
            left, right = extents[cols[0]][0] - SLACK, extents[cols[-1]][1] + SLACK
            beside = all(r[1] <= left or r[0] >= right or (rect[0] <= r[0] and r[1] <= rect[2]
                                                           and rect[1] <= boxes[i].top <= rect[3])
                         for i in range(a.last + 1, b.first) for r in boxes[i].runs)
            if beside:
                bands[k:k + 2] = [Band(a.first, b.last, a.cuts, a.strong or b.strong, a.gaps, a.intruders)]
                found.append(rect)
                break
        else:
            k += 1
    return bands, found


def around(columns: list[list[dict]], rect: Rect) -> list[list[dict]]:
    """A band's columns (pdfplumber lines, top to bottom), each one the box covers split into its lines
    above the box and those below it."""
    extents = [(min(float(r["x0"]) for r in col), max(float(r["x1"]) for r in col)) if col else (0.0, 0.0)
               for col in columns]
    cols = set(covered(rect, extents))
    out: list[list[dict]] = []
    for c, col in enumerate(columns):
        if c in cols:
            out += [[r for r in col if float(r["top"]) < rect[1]], [r for r in col if float(r["top"]) >= rect[1]]]
        else:
            out.append(col)
    return out


def inside(x: float, top: float, rects: Sequence[Rect]) -> int | None:
    return next((k for k, r in enumerate(rects) if r[0] <= x <= r[2] and r[1] <= top <= r[3]), None)


def box_beside_end(columns: Sequence[Sequence[dict]], panels: Sequence[Rect], below: str) -> bool:
    """Is a band's last column a box set beside the last lines of a paragraph that runs on below the band (a
    panel floated into the text, "In Jordan's words")? All its lines lie in one panel, the column before it
    stops mid-sentence, its own first line does not carry that sentence on, and the text below the band does.
    (A panel behind a whole column of a real two-column page is read as a column: the sentence runs on into
    it.)"""
    if len(columns) < 2 or not columns[-1] or not columns[-2] or not below[:1].islower():
        return False
    box, before = columns[-1], columns[-2]
    homes = {inside((float(r["x0"]) + float(r["x1"])) / 2, float(r["top"]), panels) for r in box}
    return len(homes) == 1 and None not in homes and not TERMINAL.search(before[-1]["text"].rstrip()) \
        and not box[0]["text"][:1].islower()


def panels_of(page: Any) -> list[Rect]:
    """The page's boxed or shaded panels: rectangles at least two lines of its text tall. A reader's highlight
    behind one line (an e-reader app's export, blind round 55) is no panel."""
    least = 2.2 * usual_size(page.chars)
    return [(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in page.rects
            if float(r["bottom"]) - float(r["top"]) >= least]


def boxed(page: Any, raw: list[dict]) -> list[tuple[int, list[dict]]]:
    """A one-column page on which a boxed or shaded panel ("Key learning: ...") cuts through a sentence
    (the line above it unfinished, the line below it in lower case) is read as a band of one column
    (:func:`.asides.order_band`): the panel after the paragraph it interrupts. Otherwise, as it came."""
    panels = panels_of(page) if page.rects else []
    if not panels:
        return [(0, raw)]
    lines = sorted(raw, key=lambda r: float(r["top"]))
    held = [inside((float(r["x0"]) + float(r["x1"])) / 2, float(r["top"]), panels) is not None for r in lines]
    cuts = any(held[i] and not held[i - 1] and not TERMINAL.search(lines[i - 1]["text"])
               and next((r["text"][:1].islower() for r, x in zip(lines[i:], held[i:], strict=True) if not x), False)
               and sum(1 for x in itertools.takewhile(bool, held[i:])) >= 2  # a boxed aside, not a code line
               for i in range(1, len(lines)))
    if not cuts:
        return [(0, raw)]
    rules = [(float(e["x0"]), float(e["x1"]), float(e["top"])) for e in page.horizontal_edges]
    body, foot = _without_foot(lines, panels)
    groups = [(n, [body[i] for _, i in refs]) for n, (_, refs) in enumerate(order_band([[text_line(r) for r in body]],
                                                                                       panels, rules))]
    return groups + ([(len(groups), foot)] if foot else [])


def _without_foot(lines: list[dict], panels: Sequence[Rect]) -> tuple[list[dict], list[dict]]:
    """The page's lines (top to bottom) parted from its foot: the last lines, below every panel, in type smaller
    than the page's text outside the panels (a running foot, a folio, footnotes). The foot stays the page's last,
    where running matter is looked for, even when a panel is read after the paragraph above it (:func:`boxed`)."""
    sizes = sorted(text_line(r).size for r in lines
                   if inside((float(r["x0"]) + float(r["x1"])) / 2, float(r["top"]), panels) is None)
    text, low, k = sizes[len(sizes) // 2] if sizes else 0.0, max(p[3] for p in panels), len(lines)
    while k > 0 and float(lines[k - 1]["top"]) > low and text_line(lines[k - 1]).size < text - FOOT_SMALLER:
        k -= 1
    return lines[:k], lines[k:]
