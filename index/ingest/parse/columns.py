"""Reading order for two- and three-column PDF pages, found from the geometry of the text lines.

pdfplumber clusters characters into lines across the whole page, so on a two-column page every line
splices a line of the left column to the line beside it in the right one. This module finds the columns
and says how the page is to be read: :func:`read_columns` returns the page's text lines in groups, one
group per column (and per full-width stretch), in reading order. A page without columns comes back as
it came in, one group, so single-column documents read exactly as before.

* **Gutters** (:mod:`.gutters`): valleys in the page's ink profile, each with the bands of lines that
  leave it free, trimmed and checked. Most one-column pages stop at the first look for a gutter.
* **Bands.** Inside a band, a line alone in its column with every other column blank beside it (and text
  above and below there), which does not run on from the line above it, is a heading that spans the
  columns but is too short to cross a gutter: the band is cut there; so it is at the few lines that reach
  into a gutter (a heading a little wider than a column). Bands found for different candidates are then
  settled together with all the gutters they hold, so that a spurious one (a "river" of word spaces in
  narrow justified columns, crossed by the band's text) is dropped. A weak band (the few lines of a
  section balanced across the columns) counts only where a strong band on the same page has the same
  gutters; a band whose gutter is crossed by two or more horizontal rules is a ruled table, read across.
* **Regions.** The page is cut into horizontal regions: full-width stretches and column bands, read top
  to bottom, a band column by column, left to right. Each character goes to the region (and column)
  its top and centre fall in; :func:`..pdf._read_lines` extracts every piece with pdfplumber as before.
  Running headers stay the page's first lines and footers and footnotes its last.
* **Asides** (:mod:`.asides`): pull quotes and sidebars are taken out of a band's column flow; each is
  left out (a pull quote repeating the text) or read after the paragraph it interrupts.

* **Boxes** (:mod:`.spanning`): a box over some, not all, of a band's columns (a pull quote over two of
  three) joins the bands above and below it; a one-column page's box that cuts through a sentence is read
  after the paragraph.

Limits: a figure or table that spans all the columns in the middle of a page ends the band (text is read
above it, then below it, each part column by column); footnotes set inside a column are not moved;
rotated text is not considered; a column stretch of fewer than six lines (as pdfplumber clusters them
across the page) is only found where the same page has a longer one with the same gutter, or where an
earlier page of the document (in the same reading process) had two columns with that gutter and this
page's text keeps to them.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .asides import Rule, first_paragraph_end, order_band, repeats, text_line
from .gutters import (
    CONTINUITY,
    GUTTER_MIN,
    MIN_COLUMN_LINES,
    MIN_COLUMN_WIDTH,
    SIZE_SLACK,
    Band,
    LineBox,
    Span,
    body_and_pitch,
    clear_runs,
    column_lines,
    columns_of,
    gutter_candidates,
    left_tail,
    line_box,
    settle,
)
from .numbered_panels import numbered_panels
from .sideheads import side_heads
from .spanning import across_panels, around, box_beside_end, boxed, inside, panels_of, pulled
from .table_bands import ruled_table, term_table

CHANNEL_MARGIN = 0.4  # line pitches of blank space that a spanning heading needs above and below it



@dataclass(frozen=True)
class Region:
    """Characters whose top lies in [y0, y1); ``cuts`` split it into columns (none: full width)."""

    y0: float
    y1: float
    cuts: tuple[float, ...] = ()


# ------------------------------------------------------------------------------------------ bands
def _channel_lines(boxes: Sequence[LineBox], band: Band) -> list[int]:
    """Lines of a band that stand in one column where every other column is blank around them, with
    text above and below, and that do not run on from the line above them in their column (or are in
    another size): headings that span the page but are too short to cross a gutter."""
    cols = column_lines(boxes, band.first, band.last, band.cuts)
    body, pitch = body_and_pitch(boxes, band.first, band.last, cols)
    margin = CHANNEL_MARGIN * pitch
    out: list[int] = []
    for i in range(band.first, band.last + 1):
        cs = columns_of(boxes[i], band.cuts)
        if len(cs) != 1:
            continue
        col = cols[next(iter(cs))]
        k = col.index(i)
        if abs(boxes[i].size - body) <= SIZE_SLACK and k and boxes[i].top - boxes[col[k - 1]].top <= CONTINUITY * pitch:
            continue  # it runs on from the line above it: a column's last line (balanced columns), not a heading
        lo, hi = boxes[i].top - margin, boxes[i].bottom + margin
        if all(any(boxes[j].top < boxes[i].top for j in col) and any(boxes[j].top > boxes[i].top for j in col)
               and not any(boxes[j].top < hi and boxes[j].bottom > lo for j in col)
               for c, col in enumerate(cols) if c not in cs):
            out.append(i)
    return out


def _split(boxes: Sequence[LineBox], band: Band, page_width: float, prose: bool = True) -> list[Band]:
    """A band cut at its channel lines (:func:`_channel_lines`) and its intruders, each part settled
    again."""
    channels = sorted({*_channel_lines(boxes, band), *band.intruders})
    if not channels:
        return [band]
    out: list[Band] = []
    start = band.first
    for i in [*channels, band.last + 1]:
        if i > start:
            part = settle(boxes, start, i - 1, band.cuts, page_width, prose)
            if part is not None:
                out += _split(boxes, part, page_width, prose)
        start = i + 1
    return out


def _holds(band: Band, gutters: Sequence[Span]) -> bool:
    """Every gutter of the band leaves one of ``gutters`` (a strong band's) free."""
    return all(any(a <= g0 + 1 and b >= g1 - 1 for g0, g1 in gutters) for a, b in band.gaps)


def _covers(outer: Band, inner: Band) -> bool:
    """Every gutter of ``inner`` lies within one of ``outer``'s: ``outer``'s lines leave them all free."""
    return all(any(a <= g0 + 1 and b >= g1 - 1 for a, b in outer.gaps) for g0, g1 in inner.gaps)


def _merge(bands: list[Band]) -> list[Band]:
    """Join bands that follow each other line for line and whose gutters agree: a band can come apart
    where spurious gutters (rivers of word spaces in narrow justified columns) were tried and dropped,
    or where a line leaves a whole column blank."""
    out: list[Band] = []
    for band in sorted(bands, key=lambda b: b.first):
        prev = out[-1] if out else None
        if prev is not None and band.first == prev.last + 1 and (_covers(prev, band) or _covers(band, prev)):
            gaps = band.gaps if _covers(prev, band) else prev.gaps
            out[-1] = Band(prev.first, band.last, tuple((a + b) / 2 for a, b in gaps), prev.strong or band.strong,
                           gaps)
        else:
            out.append(band)
    return out


def _settle_run(boxes: Sequence[LineBox], i: int, j: int, member: list[set[int]], gutters: list[Span],
                page_width: float) -> list[Band]:
    """Lines ``i``..``j``, each in a band of one of ``gutters``, settled with all the gutters they hold. When
    that fails, each part whose lines hold the same gutters is settled on its own: a band of other gutters
    that merely touches this one (a full-width table's columns right above the text's) is another band."""
    cuts = [sum(gutters[k]) / 2 for k in sorted(set().union(*member[i:j + 1]))]
    band = settle(boxes, i, j, cuts, page_width)
    if band is not None:
        return _split(boxes, band, page_width)
    if len(cuts) == 1:
        return []
    out: list[Band] = []
    a = i
    while a <= j:
        b = a
        while b + 1 <= j and member[b + 1] == member[a]:
            b += 1
        part = settle(boxes, a, b, [sum(gutters[k]) / 2 for k in sorted(member[a])], page_width)
        if part is not None:
            out += _split(boxes, part, page_width)
        a = b + 1
    return out


def find_bands(boxes: Sequence[LineBox], page_width: float,
               rules: Callable[[], Sequence[Rule]] | None = None) -> list[Band]:
    """Column bands of a page whose lines ``boxes`` are sorted by top; [] for a single-column page.
    ``rules`` is called (at most once, and only if a band is found) for the page's horizontal rules."""
    cands = gutter_candidates(boxes, min_side=MIN_COLUMN_WIDTH * page_width)
    if not cands:
        return []
    found: list[Band] = []  # one gutter each
    runs = {x: clear_runs(boxes, x) for x in cands}
    short: list[tuple[float, int, int]] = []  # too few lines for a strong band: tried once gutters are known
    for x, clear in runs.items():
        for first, last in clear:
            if last - first + 1 < 2 * MIN_COLUMN_LINES:
                short.append((x, first, last))
                continue
            band = settle(boxes, first, last, [x], page_width, prose=False)
            if band is not None:
                found += _split(boxes, band, page_width, prose=False)
    # the page's gutters: the free intervals of strong bands, overlapping ones taken together
    gutters: list[Span] = []
    for a, b in sorted(g for band in found if band.strong for g in band.gaps):
        if gutters and a < gutters[-1][1]:
            gutters[-1] = (max(gutters[-1][0], a), min(gutters[-1][1], b))
        else:
            gutters.append((a, b))
    if not gutters:
        return []
    for x, first, last in short:  # a section of a few lines balanced over the columns
        if any(g0 - GUTTER_MIN <= x <= g1 + GUTTER_MIN for g0, g1 in gutters):
            band = settle(boxes, first, last, [x], page_width, prose=False)
            if band is not None:
                found += _split(boxes, band, page_width, prose=False)
    # runs of lines in such bands are settled again with all the gutters they hold (a spurious one, a
    # river of word spaces in narrow justified columns, makes a narrow column there and is dropped)
    member: list[set[int]] = [set() for _ in boxes]
    for band in found:
        for k, (g0, g1) in enumerate(gutters):
            if any(a <= g0 + 1 and b >= g1 - 1 for a, b in band.gaps):
                for i in range(band.first, band.last + 1):
                    member[i].add(k)
    bands: list[Band] = []
    i = 0
    while i < len(boxes):
        j = i
        while member[i] and j + 1 < len(boxes) and member[j + 1]:
            j += 1
        if member[i]:
            bands += _settle_run(boxes, i, j, member, gutters, page_width)
        i = j + 1
    final = [g for b in bands if b.strong for g in b.gaps]
    bands = _merge([b for b in bands if b.strong or _holds(b, final)])
    bands = [b for b in bands if not term_table(b, boxes)]
    if bands and rules is not None:
        ruled = list(rules())
        bands = [b for b in bands if not ruled_table(b, boxes, ruled)]
    stops = [b.first for b in bands[1:]] + [len(boxes)]
    return [left_tail(boxes, b, stop, page_width) for b, stop in zip(bands, stops, strict=False)]


def page_regions(boxes: Sequence[LineBox], bands: Sequence[Band]) -> list[Region]:
    """Full-width stretches and column bands, top to bottom, covering the whole page."""
    spans: list[tuple[int, int, tuple[float, ...]]] = []
    nxt = 0
    for band in sorted(bands, key=lambda b: b.first):
        if band.first > nxt:
            spans.append((nxt, band.first - 1, ()))
        spans.append((band.first, band.last, band.cuts))
        nxt = band.last + 1
    if nxt < len(boxes):
        spans.append((nxt, len(boxes) - 1, ()))
    regions: list[Region] = []
    y0 = -math.inf
    for k, (first, last, cuts) in enumerate(spans):
        if k + 1 < len(spans):
            upper = max(boxes[i].top_max for i in range(first, last + 1))
            y1 = (upper + boxes[last + 1].top) / 2
        else:
            y1 = math.inf
        regions.append(Region(y0, y1, cuts))
        y0 = y1
    return regions


def region_key(top: float, x_mid: float, regions: Sequence[Region],
               bounds: Sequence[float] | None = None) -> tuple[int, int]:
    """(region, column) of a character by its top and horizontal centre. ``bounds``: the regions'
    ``y1`` but the last's, if already at hand."""
    r = bisect.bisect_right(bounds if bounds is not None else [reg.y1 for reg in regions[:-1]], top)
    return r, bisect.bisect_left(regions[r].cuts, x_mid)


# ------------------------------------------------------------------------------------------ pdfplumber
GRID_SLACK = 3.0  # pt: a column edge of an earlier page, as this page's text must meet it


def _grid_band(boxes: Sequence[LineBox], grid: Sequence[Span]) -> list[Band]:
    """A page whose columns are too short to show a gutter of their own (the last page of a section: a full
    left column and two lines at the head of the right one, which pdfplumber splices into the left ones)
    is read in the columns of the document's earlier pages when its text keeps to them: every line of the
    band (all but running headers and footers) ends by the left column's right edge or starts at the
    right column's left edge (or a first-line or hanging indent of up to four font sizes from it) on each
    side of the gutter, with at least ``MIN_COLUMN_LINES`` on the left."""
    for gl, gr in grid:
        x = (gl + gr) / 2
        runs = clear_runs(boxes, x)
        if not runs:
            continue
        first, last = max(runs, key=lambda r: r[1] - r[0])
        if last - first + 1 < len(boxes) - 4:  # more than a header and a footer cross the gutter
            continue
        left = right = 0
        for box in boxes[first:last + 1]:
            ends = [b for a, b in box.runs if b <= x]
            starts = [a for a, b in box.runs if a >= x]
            indent = min(starts) - gr if starts else 0.0
            if (ends and max(ends) > gr - GUTTER_MIN) or not -GRID_SLACK <= indent <= 4 * box.size:
                break
            left += bool(ends)
            right += bool(starts)
        else:
            if left >= MIN_COLUMN_LINES and right:
                return [Band(first, last, (x,), True, ((gl, gr),))]
    return []


def read_columns(page: Any, raw: list[dict], extract: Callable[[Any], list[dict]],
                 grid: list[Span] | None = None) -> list[tuple[int, list[dict]]]:
    """The text lines of one pdfplumber page in reading order, as groups ``(column, lines)``.

    ``raw`` is ``extract(page)``: the page's lines read straight across. Without columns the answer is
    ``[(0, raw)]``. Otherwise every region and column is extracted on its own (``extract`` of a filtered
    page) and ``column`` numbers the groups: 0 for full-width text, then one number per column (and per
    aside) of the page, so that it changes wherever the reading order jumps to another column."""
    heads = side_heads(raw, float(page.width), float(page.height)) or numbered_panels(page, extract)
    if heads:
        return heads
    quick = [b for b in (line_box(r, detail=False) for r in raw) if b is not None]
    if not grid and not gutter_candidates(quick, min_side=MIN_COLUMN_WIDTH * float(page.width)):
        return boxed(page, raw)  # no gutter anywhere: the common case, settled without looking at sizes
    boxes = sorted((b for b in (line_box(r) for r in raw) if b is not None), key=lambda b: b.top)
    cache: dict[str, Any] = {}

    def h_rules() -> list[Rule]:
        if "rules" not in cache:
            cache["rules"] = [(float(e["x0"]), float(e["x1"]), float(e["top"])) for e in page.horizontal_edges]
        return cache["rules"]

    bands = find_bands(boxes, float(page.width), h_rules)
    if grid is not None:  # the document's column grid, for its later pages
        for band in bands:
            if band.strong and len(band.gaps) == 1 and not any(abs(sum(g) - sum(band.gaps[0])) < 2 * GRID_SLACK
                                                               for g in grid):
                grid.append(band.gaps[0])
        if not bands:
            bands = _grid_band(boxes, grid)
    if not bands:
        return boxed(page, raw)
    panels = panels_of(page)
    bands, spans = across_panels(boxes, bands, panels + pulled(page))  # a pull quote in large type: a box too
    regions = page_regions(boxes, bands)
    bounds = [reg.y1 for reg in regions[:-1]]
    keys = {id(c): (-1, k) if spans and (k := inside((float(c["x0"]) + float(c["x1"])) / 2, float(c["top"]), spans))
            is not None else region_key(float(c["top"]), (float(c["x0"]) + float(c["x1"])) / 2, regions, bounds)
            for c in page.chars}

    @functools.cache
    def lines_of(key: tuple[int, int]) -> list[dict]:
        part = extract(page.filter(lambda obj: keys.get(id(obj)) == key))
        return sorted(part, key=lambda r: (round(float(r["top"])), float(r["x0"])))

    out: list[tuple[int, list[dict]]] = []
    label = 0
    held: list[list[dict]] = []  # asides beside the end of a band whose paragraph runs on below it
    for ri, region in enumerate(regions):
        if not region.cuts:
            part = lines_of((ri, 0))
            if held and part:
                k = first_paragraph_end(part)
                out.append((0, part[:k]))
                for box in held:
                    label += 1
                    out.append((label, box))
                held, part = [], part[k:]
            if part:
                out.append((0, part))
            continue
        columns = [lines_of((ri, c)) for c in range(len(region.cuts) + 1)]
        boxed_in = [k for k, r in enumerate(spans) if region.y0 <= r[1] < region.y1]
        if boxed_in:  # each column under the box read above it, then below it (parse/spanning.py)
            columns = around(columns, spans[boxed_in[0]])
        order = order_band([[text_line(r) for r in col] for col in columns], panels, h_rules())
        below = lines_of((ri + 1, 0)) if ri + 1 < len(regions) and not regions[ri + 1].cuts else []
        if box_beside_end(columns, panels, below[0]["text"] if below else ""):
            held.append(columns[-1])
            order = [(key, kept) for key, refs in order if (kept := [r for r in refs if r[0] != len(columns) - 1])]
        numbers: dict[tuple[str, int], int] = {}
        for key, refs in order:
            if key not in numbers:
                label += 1
                numbers[key] = label
            out.append((numbers[key], [columns[c][i] for c, i in refs]))
        box = lines_of((-1, boxed_in[0])) if boxed_in else []
        if box and not repeats(" ".join(r["text"] for r in box), " ".join(r["text"] for col in columns for r in col)):
            label += 1
            out.append((label, box))
    for lines in held:  # no full-width text below the band on this page: where they were
        label += 1
        out.append((label, lines))
    return out
