"""Gutters between text columns, found over a page's lines reduced to boxes of ink (for :mod:`.columns`).

* **Ink runs.** Each line pdfplumber found on the whole page is reduced to runs of ink: its characters
  merged wherever they are less than ``GUTTER_MIN`` apart. A word space never separates two runs (even
  in justified text, where spaces stretch); a gutter always does.
* **Gutter candidates.** For every x, count the lines with ink there. A gutter is a valley in that
  profile at least ``GUTTER_MIN`` wide, ``MIN_DEPTH`` lines below the highest count on either side,
  with text at least ``MIN_COLUMN_WIDTH`` of the page wide on both sides. Headers, footers, titles and
  headings that span the page cross it and only make it shallower. Most one-column pages stop here,
  after one cheap pass over their characters (no candidate: the page is returned as it came).
* **Bands.** For each candidate, runs of consecutive lines (top to bottom) whose ink does not cross it
  are candidate column bands; a line crossing it (a full-width heading, a footer "Page 3" set in the
  middle) ends a band, and so does a line with ink on both sides that stands far from the text above
  and below (a running header with text at the left and at the right). At a band's head and foot, a
  line that sits in one column alone, above or below everything in the others, belongs to the band
  only if it continues its column: within ``CONTINUITY`` line pitches of the column's next (or last)
  line, in the column's text size. So a footnote or a heading below the columns is not read as the end
  of the left column, while the left column's last line (balanced columns often leave one over) is.
  A gutter crossed by the band's text, or that leaves a column narrower than ``MIN_COLUMN_WIDTH``
  (hanging paragraph labels, bullets, a contents list's page numbers, a glossary's short terms), is dropped.
* **Checks.** A band is *strong* when each column has ``MIN_COLUMN_LINES`` lines and at least
  ``FILL_SHARE`` of them run across most of the column (wrapped prose; a table of short cells is not).
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

GUTTER_MIN = 8.0  # pt: gaps between ink narrower than this are word spaces, never a gutter
MIN_DEPTH = 3  # a gutter valley lies at least this many lines below the ink on either side
MIN_COLUMN_LINES = 3  # lines in every column of a strong band
MIN_COLUMN_WIDTH = 0.15  # of the page width
FILL_WIDTH, FILL_SHARE = 0.75, 0.3  # a prose column: this share of its lines run across this much of it
CONTINUITY = 1.75  # line pitches: a lone line at a band's head or foot farther than this is not column text
ISOLATED = 2.5  # font sizes: a line with text on both sides of a gutter this far from any other spans it
SIZE_SLACK = 1.0  # pt: a line at a band's head or foot in another size is not column text
HANG_WIDTH, HANG_GAP, HANG_TEXT = 3.0, 2.5, 10.0  # font sizes: a label in a gutter, its gap to its text, the text
INTRUDER_SHARE = 0.1  # of a band's lines: at most this many (or one) may reach into a gutter

_X0, _X1, _TOP, _BOTTOM = (operator.itemgetter(k) for k in ("x0", "x1", "top", "bottom"))
Span = tuple[float, float]


class LineBox(NamedTuple):  # a named tuple, not a dataclass: one is made for every line of every page
    """One text line as pdfplumber clustered it over the whole page, reduced to its ink."""

    top: float  # smallest character top
    bottom: float
    top_max: float  # largest character top (where the next region may begin)
    runs: tuple[Span, ...]  # x extents of ink, left to right, separated by at least GUTTER_MIN
    size: float = 10.0

    @property
    def x0(self) -> float:
        return self.runs[0][0]

    @property
    def x1(self) -> float:
        return self.runs[-1][1]


@dataclass(frozen=True)
class Band:
    """Lines ``first``..``last`` (inclusive, in top order) read as columns cut at ``cuts``."""

    first: int
    last: int
    cuts: tuple[float, ...]  # x of each gutter's middle, left to right
    strong: bool = True
    gaps: tuple[Span, ...] = ()  # each gutter's free interval over the band
    intruders: tuple[int, ...] = ()  # lines reaching into a gutter: the band is to be cut there

# --------------------------------------------------------------------------------------- geometry
def ink_runs(spans: Iterable[Span], gap: float = GUTTER_MIN) -> tuple[Span, ...]:
    """Merge character extents closer than ``gap`` into runs of ink."""
    out: list[list[float]] = []
    for a, b in sorted(spans):
        if out and a - out[-1][1] < gap:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def line_box(line: dict, detail: bool = True) -> LineBox | None:
    """A pdfplumber text line (a dict with its ``chars``) → :class:`LineBox`; None if it has no ink.
    This runs for every line of every page, so it sticks to C-level loops (``map``, ``sorted``);
    ``detail=False`` is the first look for gutters: space glyphs are kept (they sit between words) and
    the text size and ``top_max`` are left out."""
    chars = line.get("chars") or ()
    if detail:
        chars = [c for c in chars if not c["text"].isspace()]
    if not chars:
        return None
    x0s = list(map(_X0, chars))
    x1s = list(map(_X1, chars))
    if x0s != sorted(x0s):  # out of reading order (rare): merge extents
        runs = ink_runs(zip(x0s, x1s, strict=True))
    else:
        gaps = list(map(operator.sub, x0s[1:], x1s))
        if not gaps or max(gaps) < GUTTER_MIN:
            runs = ((float(x0s[0]), float(max(x1s))),)
        else:
            bounds = [0, *(i for i, g in enumerate(gaps, start=1) if g >= GUTTER_MIN), len(chars)]
            runs = tuple((float(x0s[i]), float(max(x1s[i:j]))) for i, j in itertools.pairwise(bounds))
    if len(runs) > 2 or (len(runs) == 2 and runs[0][1] - runs[0][0] <= HANG_WIDTH * float(chars[-1].get("size", 10))):
        texts = ["".join(c["text"] for c in chars if a - 0.5 <= (c["x0"] + c["x1"]) / 2 <= b + 0.5
                         and not c["text"].isspace()) for a, b in runs]
        runs = _hang(runs, float(chars[len(chars) // 2].get("size", 10.0)), [bool(_LABEL.fullmatch(t)) for t in texts])
    if not detail:
        top = float(line.get("top", chars[0]["top"]))
        return LineBox(top=top, bottom=float(line.get("bottom", chars[0]["bottom"])), top_max=top, runs=runs)
    tops = list(map(_TOP, chars))
    sizes = sorted(c.get("size", 0.0) for c in chars)
    return LineBox(top=float(min(tops)), bottom=float(max(map(_BOTTOM, chars))), top_max=float(max(tops)),
                   runs=runs, size=float(sizes[len(sizes) // 2]))


_LABEL = re.compile(r"[(\[]?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]\.?\d{1,2})[.)\]]?")  # a paragraph number's ink


def _hang(runs: tuple[Span, ...], size: float, labels: Sequence[bool]) -> tuple[Span, ...]:
    """A paragraph number hanging in a gutter (set left of the right column's text) is read as part of the
    text it hangs before: a run of a number's characters (``labels``), a few characters wide, nearer the run
    on its right (within ``HANG_GAP`` font sizes) than the one on its left, if any (the left column's lines need
    not stand level with the right's: blind round 77), when that run is a line of text (not a table's next
    figure). Otherwise the gutter is found between the number and its text, and the
    number ends the left column's line."""
    out, flags = list(runs), list(labels)
    k = 0
    while k < len(out) - 1:
        (a, b), (c, d) = out[k], out[k + 1]
        j = k + 1  # the text's words, set wide apart in a narrow justified column, are runs of their own
        while j + 1 < len(out) and out[j + 1][0] - out[j][1] <= HANG_GAP * size:
            j += 1
        if flags[k] and b - a <= HANG_WIDTH * size and c - b <= HANG_GAP * size \
                and c - b < (a - out[k - 1][1] if k else math.inf) and out[j][1] - c >= HANG_TEXT * size:
            out[k:k + 2] = [(a, d)]
            del flags[k + 1]
        k += 1
    return tuple(out)


def gutter_candidates(boxes: Sequence[LineBox], min_depth: int = MIN_DEPTH, min_width: float = GUTTER_MIN,
                      min_side: float = 0.0) -> list[float]:
    """x positions of valleys in the page's ink profile (see the module notes), with at least
    ``min_side`` of text width on either side (a column is at least that wide)."""
    if len(boxes) < min_depth:
        return []
    lo = math.floor(min(b.x0 for b in boxes))
    n = math.ceil(max(b.x1 for b in boxes)) - lo
    if n <= 0:
        return []
    diff = [0] * (n + 1)
    for b in boxes:
        for a, c in b.runs:
            diff[math.floor(a) - lo] += 1
            diff[math.ceil(c) - lo] -= 1
    cover = list(itertools.accumulate(diff[:n]))
    left_max = itertools.accumulate(cover, max)
    right_max = list(itertools.accumulate(reversed(cover), max))[::-1]
    low = [c <= min(lm, rm) - min_depth for c, lm, rm in zip(cover, left_max, right_max, strict=True)]
    out: list[float] = []
    i = 0
    while True:
        try:
            i = low.index(True, i)
        except ValueError:
            return out
        j = i
        while j + 1 < n and low[j + 1]:
            j += 1
        if j - i + 1 >= min_width - 2:  # (whole bins inside a gap lose up to a point at each end)
            floor = min(cover[i:j + 1])
            floor_bins = [k for k in range(i, j + 1) if cover[k] == floor]
            # the text beside the gutter is measured from the valley's floor, not from where it starts to
            # fall: lines that cover only part of a column (a full-width table's cells, a short heading)
            # lower the ink on one side and widen the valley far into the column
            if floor_bins[0] >= min_side and n - floor_bins[-1] - 1 >= min_side:
                # the gutter is the floor's widest stretch: paragraph numbers hanging in it (boxed, or set
                # apart from their text) cut the floor in two, and the middle of both may be ink
                stretches: list[list[int]] = []
                for k in floor_bins:
                    if stretches and k == stretches[-1][-1] + 1:
                        stretches[-1].append(k)
                    else:
                        stretches.append([k])
                widest = max(stretches, key=len)
                out.append(lo + (widest[0] + widest[-1] + 1) / 2)
        i = j + 1


def _crosses(box: LineBox, x: float) -> bool:
    return any(a < x < b for a, b in box.runs)


def columns_of(box: LineBox, cuts: Sequence[float]) -> set[int]:
    return {bisect.bisect_left(cuts, (a + b) / 2) for a, b in box.runs}


def clear_runs(boxes: Sequence[LineBox], x: float) -> list[tuple[int, int]]:
    """Maximal runs of consecutive lines that leave x free of ink: a line crossing x ends a run, and so
    does an isolated line with ink on both sides of x (a running header set left and right): more than
    ``ISOLATED`` times its own size from the lines above and below (consecutive lines of a page with
    columns may belong to different columns, so their steps say little about the line pitch)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, box in enumerate(boxes):
        blocked = _crosses(box, x)
        if not blocked and box.x0 < x < box.x1:
            above = box.top - boxes[i - 1].top if i else math.inf
            below = boxes[i + 1].top - box.top if i + 1 < len(boxes) else math.inf
            blocked = min(above, below) > ISOLATED * box.size
        if blocked:
            if start is not None:
                runs.append((start, i - 1))
            start = None
        elif start is None:
            start = i
    if start is not None:
        runs.append((start, len(boxes) - 1))
    return runs


def column_lines(boxes: Sequence[LineBox], first: int, last: int, cuts: Sequence[float]) -> list[list[int]]:
    cols: list[list[int]] = [[] for _ in range(len(cuts) + 1)]
    for i in range(first, last + 1):
        for c in sorted(columns_of(boxes[i], cuts)):
            cols[c].append(i)
    return cols


def body_and_pitch(boxes: Sequence[LineBox], first: int, last: int, cols: list[list[int]]) -> tuple[float, float]:
    """The band's body text size (median) and line pitch (median step between lines of one column)."""
    body = statistics.median(boxes[i].size for i in range(first, last + 1))
    steps = [boxes[b].top - boxes[a].top for col in cols for a, b in itertools.pairwise(col)]
    steps = [s for s in steps if 0 < s < 4 * max(body, 1.0)]
    return body, (statistics.median(steps) if steps else 1.2 * body)


def _trim(boxes: Sequence[LineBox], first: int, last: int, cuts: Sequence[float]) -> tuple[int, int]:
    """Drop lone lines at the band's head and foot that do not continue their column (module notes)."""
    cols = column_lines(boxes, first, last, cuts)
    body, pitch = body_and_pitch(boxes, first, last, cols)

    def lone(i: int) -> int | None:
        cs = columns_of(boxes[i], cuts)
        return next(iter(cs)) if len(cs) == 1 else None

    def continues(i: int, c: int, step: int) -> bool:
        col = cols[c]
        k = col.index(i) + step
        if not 0 <= k < len(col) or abs(boxes[i].size - body) > SIZE_SLACK:
            return False
        return abs(boxes[col[k]].top - boxes[i].top) <= CONTINUITY * pitch

    head: list[tuple[int, int]] = []
    for i in range(first, last + 1):
        c = lone(i)
        others = [boxes[j].top for j in range(first, last + 1) if columns_of(boxes[j], cuts) - {c}]
        if c is None or not others or boxes[i].bottom >= min(others):
            break
        head.append((i, c))
    for i, c in reversed(head):
        if not continues(i, c, +1):
            first = i + 1
            break
    foot: list[tuple[int, int]] = []
    for i in range(last, first - 1, -1):
        c = lone(i)
        others = [boxes[j].bottom for j in range(first, last + 1) if columns_of(boxes[j], cuts) - {c}]
        if c is None or not others or boxes[i].top <= max(others):
            break
        foot.append((i, c))
    for i, c in reversed(foot):  # top-down: the first line that does not continue ends the band
        if not continues(i, c, -1):
            last = i - 1
            break
    return first, last


def settle(boxes: Sequence[LineBox], first: int, last: int, cuts: Sequence[float],
            page_width: float, prose: bool = True) -> Band | None:
    """Trim and check a band; drop gutters that do not hold up over it. None if no column is left.
    ``prose``: a strong band's columns must also be filled with wrapped text (not when ``cuts`` may be
    only some of the page's gutters, so that one "column" may hold two)."""
    cuts = list(cuts)
    while cuts and first <= last:
        crossed = [sum(1 for i in range(first, last + 1) if _crosses(boxes[i], x)) for x in cuts]
        if max(crossed) > max(1.0, INTRUDER_SHARE * (last - first + 1)):
            del cuts[crossed.index(max(crossed))]  # text runs through it: no gutter here
            continue
        cols = column_lines(boxes, first, last, cuts)
        extents: list[tuple[float, float]] = []
        for c, col in enumerate(cols):
            spans = [s for i in col for s in _spans_in(boxes[i], cuts, c)]
            extents.append((min(s[0] for s in spans), max(s[1] for s in spans)) if spans else (0.0, 0.0))
        bad: int | None = None
        for c, (a, b) in enumerate(extents):
            if not cols[c] or b - a < MIN_COLUMN_WIDTH * page_width:
                bad = c
                break
        if bad is not None:
            # merge the failing column into its narrower neighbour
            if bad == 0:
                drop = 0
            elif bad == len(cuts):
                drop = bad - 1
            else:
                left_w = extents[bad - 1][1] - extents[bad - 1][0]
                right_w = extents[bad + 1][1] - extents[bad + 1][0]
                drop = bad - 1 if left_w <= right_w else bad
            del cuts[drop]
            continue
        gaps: list[Span] = []
        intruders: set[int] = set()
        narrow: int | None = None
        for c in range(len(cuts)):
            ends = {i: max(s[1] for s in _spans_in(boxes[i], cuts, c)) for i in cols[c]}
            starts = {i: min(s[0] for s in _spans_in(boxes[i], cuts, c + 1)) for i in cols[c + 1]}
            # a few lines reaching into the gutter (a heading a little wider than the column) are cut
            # out of the band later (:func:`.columns._split`); more, and there is no gutter
            edge_l, edge_r = _quantile(list(ends.values()), 0.9), _quantile(list(starts.values()), 0.1)
            odd = {i for i, e in ends.items() if e > edge_r - GUTTER_MIN} | \
                {i for i, x in starts.items() if x < edge_l + GUTTER_MIN}
            gl = max((e for i, e in ends.items() if i not in odd), default=None)
            gr = min((x for i, x in starts.items() if i not in odd), default=None)
            if len(odd) > max(1.0, INTRUDER_SHARE * (last - first + 1)) or gl is None or gr is None \
                    or gr - gl < GUTTER_MIN:
                narrow = c
                break
            gaps.append((gl, gr))
            intruders |= odd
        trimmed = _trim(boxes, first, last, cuts)  # once the gutters hold (or before giving one up: a folio set
        if narrow is not None and trimmed == (first, last):  # in the gutter at the band's foot): head and foot lines
            del cuts[narrow]
            continue
        if trimmed != (first, last):
            first, last = trimmed
            continue
        strong = all(len(col) >= MIN_COLUMN_LINES and (not prose or _prose(boxes, col, c, cuts, extents[c]))
                     for c, col in enumerate(cols))
        return Band(first, last, tuple((a + b) / 2 for a, b in gaps), strong, tuple(gaps),
                    tuple(sorted(intruders)))
    return None


def _spans_in(box: LineBox, cuts: Sequence[float], c: int) -> list[Span]:
    return [s for s in box.runs if bisect.bisect_left(cuts, (s[0] + s[1]) / 2) == c]


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[round(q * (len(values) - 1))]


def _prose(boxes: Sequence[LineBox], col: list[int], c: int, cuts: Sequence[float],
           extent: tuple[float, float]) -> bool:
    width = extent[1] - extent[0]
    full = 0
    for i in col:
        spans = _spans_in(boxes[i], cuts, c)
        if spans and spans[-1][1] - spans[0][0] >= FILL_WIDTH * width:
            full += 1
    return full >= FILL_SHARE * len(col)


def left_tail(boxes: Sequence[LineBox], band: Band, stop: int, page_width: float) -> Band:
    """The band with the lines below it that carry on its left column alone (the right column ended
    higher up the page, and a heading in the left column, too far below its last line, ended the band):
    lines up to ``stop`` (the next band), none reaching past the first gutter, at least
    ``MIN_COLUMN_LINES`` of them wrapped across the left column as prose is. Text below the columns that spans the page,
    a footer set across the gutter, or a list of short items is not such a tail."""
    if not band.strong or not band.gaps:
        return band
    cols = column_lines(boxes, band.first, band.last, band.cuts)
    spans = [s for i in cols[0] for s in _spans_in(boxes[i], band.cuts, 0)]
    extent = (min(a for a, _ in spans), band.gaps[0][0])
    j = band.last + 1
    while j < stop and boxes[j].x1 <= extent[1] + 1:
        j += 1
    full = sum(boxes[i].x1 - boxes[i].x0 >= FILL_WIDTH * (extent[1] - extent[0]) for i in range(band.last + 1, j))
    if full < max(MIN_COLUMN_LINES, FILL_SHARE * (j - band.last - 1)):
        return band
    return Band(band.first, j - 1, band.cuts, band.strong, band.gaps, band.intruders)
