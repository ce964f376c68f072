"""Charts a PDF draws as shapes: their tick labels are no text, their other words no paragraph's.

A report's bar or line chart, exported from a spreadsheet or drawn by a web page as SVG and printed to PDF, comes
out as shapes (bars as filled rectangles, grid lines, a plotted line) and its words as text: a title above the
plot, the value axis's tick labels one under another ("3.0", "2.5" ... "0.0"; "0%" to "100%"), the categories'
names under the plot, a legend, and a caption ("Figure 1: ..."). Read as lines, they ran on from the paragraph
before the chart, and a tick label at the left margin ("1.0", "2.0") looks like a paragraph number (blind round
67's printfriendly.pdf, a page printed by the PrintFriendly extension: 3.2 ran on over its chart's title, ticks,
bars' names and caption).

A chart is found by its value axis (:func:`_axes`): at least :data:`MIN_TICKS` lines that are each a number alone,
one under another at one edge (left or right aligned), evenly spaced, their values falling by equal steps down the
page (an axis reads upward; a column of paragraph or list numbers rises). Beside them there must be shapes lying
within the axis's height, one of them with an edge level with a tick (a grid line, the bars' baseline, the x axis;
a table's rules run between its rows, not through them), and no prose among them. The tick labels are then left
out, and the chart's other words are set aside (``Line.aside``: a passage of their own, no paragraph's): lines
within the plot, lines of small print just under it (the categories' names, a legend, a "Source:" line), lines of
small print just over it (its title) and a caption under or over it (:data:`..interrupted.CAPTION`) with the lines
it wraps to. An axis laid along the foot of the plot (a horizontal bar chart's) is one line of tick labels alone,
rising by equal steps (:func:`_foot_axes`); its plot is the shapes over it, one after another up from an edge just
over it, one of them an area or a curve; the bars' names at the margin beside it are its words too. A bar chart with
no axis at all is found by its bars' words (:func:`_bar_labels`): lines of small print ("2.1 Northfield", a rate and
an area's name at the margin where paragraph numbers stand) each level with a filled bar beside it, the bars of
unequal lengths. A column of numbers with no shapes beside it (a table's figures, paragraph numbers in a margin)
stays.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..clean import Line
from ..interrupted import CAPTION
from .common import SENTENCE_CLOSED

# a tick label: a number alone, perhaps signed, with a currency sign, thousands separators, a percent or a unit letter
_TICK = re.compile(r"^[-−–]?[£$€]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?[%kKmM]?$")
MIN_TICKS = 3
MAX_SHAPES = 3000  # a page drawn from more shapes than this (a map, a scan's vector dust) is not searched
MAX_AXES = 20  # value axes looked at on one page
EDGE = 1.5  # points: tick labels one under another end (or start) this close
EVEN = 0.1  # share of the step by which the ticks' spacing may vary
LEVEL = 0.35  # share of a tick's height: a shape's edge this close to its middle is level with it
GAP = 1.2  # times a line's height: the most white space between a chart and its own words, or between them
SMALLER = 1.0  # points under the page's text size: small print
PROSE_WORDS = 8  # a line of more words than this within the plot is prose: no chart
ABOVE_LINES = 4  # lines of a title or caption over the plot
BAR_GAP = 60.0  # points: the most white space between a bar and its name or value


class Box(NamedTuple):
    x0: float
    top: float
    x1: float
    bottom: float


def _value(text: str) -> float:
    sign = -1.0 if text[0] in "-−–" else 1.0
    return sign * float(re.sub(r"[^\d.]", "", text.replace(",", "")))


def _even(ticks: list[Line]) -> bool:
    """Evenly spaced down the page, the values falling by one step."""
    steps = [b.top - a.top for a, b in itertools.pairwise(ticks)]
    falls = [_value(a.text) - _value(b.text) for a, b in itertools.pairwise(ticks)]
    return steps[0] > 0 and falls[0] > 0 and all(abs(s - steps[0]) <= EVEN * steps[0] for s in steps) \
        and all(abs(f - falls[0]) <= 1e-6 * falls[0] for f in falls)


def _runs(column: list[Line]) -> Iterator[list[Line]]:
    """The longest evenly spaced, evenly falling runs of ``column`` (top down)."""
    run: list[Line] = []
    for ln in column:
        if len(run) < 2 or _even([*run, ln]):
            run.append(ln)
            continue
        if len(run) >= MIN_TICKS:
            yield run
        run = [run[-1], ln] if _even([run[-1], ln]) else [ln]
    if len(run) >= MIN_TICKS:
        yield run


def _axes(lines: list[Line]) -> list[list[Line]]:
    """Columns of tick labels: numbers alone on their lines, aligned at their right or left ends."""
    numbers = [ln for ln in lines if _TICK.match(ln.text)]
    found: dict[tuple[int, ...], list[Line]] = {}
    for edge in ("x1", "x0"):
        numbers.sort(key=lambda ln: (getattr(ln, edge), ln.top))
        columns: list[list[Line]] = []
        for ln in numbers:
            if columns and abs(getattr(ln, edge) - getattr(columns[-1][0], edge)) <= EDGE:
                columns[-1].append(ln)
            else:
                columns.append([ln])
        for col in columns:
            if len(col) >= MIN_TICKS:
                for run in _runs(sorted(col, key=lambda ln: ln.top)):
                    found.setdefault(tuple(id(ln) for ln in run), run)
    return list(found.values())[:MAX_AXES]


def _foot_axes(lines: list[Line]) -> list[Line]:
    """Value axes laid along a plot's foot (a horizontal bar chart's): lines that are tick labels alone, at least
    :data:`MIN_TICKS` of them, their values rising by equal steps from left to right ("0.0 0.5 1.0 1.5")."""
    found = []
    for ln in lines:
        words = ln.text.split()
        if len(words) >= MIN_TICKS and all(_TICK.match(w) for w in words):
            rises = [_value(b) - _value(a) for a, b in itertools.pairwise(words)]
            if rises[0] > 0 and all(abs(r - rises[0]) <= 1e-6 * rises[0] for r in rises):
                found.append(ln)
    return found[:MAX_AXES]


def _foot_plot(axis: Line, shapes: list[Box]) -> Box | None:
    """The plot over a foot axis: shapes over its width, one with an edge just over it (the axis line, the bars'
    baseline), and the shapes over those one after another, each close over the last (bars, grid lines), one of
    them an area or a curve (a table's rules are lines only)."""
    h = axis.bottom - axis.top
    over = sorted((s for s in shapes if s.x1 > axis.x0 - h and s.x0 < axis.x1 + h and s.bottom <= axis.top + 1),
                  key=lambda s: -s.bottom)
    if not any(axis.top - 1.5 * h <= edge <= axis.top + 1 for s in over for edge in (s.top, s.bottom)):
        return None
    top, got = axis.top, []
    for s in over:
        if s.bottom < top - 3 * h:
            break
        top = min(top, s.top)
        got.append(s)
    if not any(s.x1 - s.x0 >= 2 and s.bottom - s.top >= 2 for s in got):
        return None
    return Box(min([axis.x0, *(s.x0 for s in got)]), top, max([axis.x1, *(s.x1 for s in got)]), axis.bottom)


def _bar_labels(lines: list[Line], page: Any, small: float) -> tuple[list[Line], Box] | None:
    """A bar chart with no axis: lines of small print (the bars' names, their values) each level with a filled bar
    beside or under it, at least :data:`MIN_TICKS` of them, the bars of more than one length (a table's shaded
    cells are one width); the lines and the box round them and their bars."""
    bars = [Box(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in page.rects
            if r.get("fill") and float(r["x1"]) - float(r["x0"]) >= 2 and float(r["bottom"]) - float(r["top"]) >= 2]
    if len(bars) < MIN_TICKS or len(bars) > MAX_SHAPES:
        return None
    got: list[Line] = []
    used: list[Box] = []
    for ln in lines:
        if ln.size > small or len(ln.text.split()) > PROSE_WORDS:
            continue
        mid, h = (ln.top + ln.bottom) / 2, ln.bottom - ln.top
        level = [b for b in bars if b.top <= mid <= b.bottom and b.bottom - b.top <= 2.5 * h
                 and max(b.x0 - ln.x1, ln.x0 - b.x1) <= BAR_GAP]
        if level:
            got.append(ln)
            used += level
    if len(got) < MIN_TICKS or max(b.x1 - b.x0 for b in used) - min(b.x1 - b.x0 for b in used) <= 2:
        return None
    every = [*used, *(Box(ln.x0, ln.top, ln.x1, ln.bottom) for ln in got)]
    return got, Box(min(b.x0 for b in every), min(b.top for b in every), max(b.x1 for b in every),
                    max(b.bottom for b in every))


def _shapes(page: Any) -> list[Box]:
    objects = [*page.rects, *page.lines, *page.curves]
    if len(objects) > MAX_SHAPES:
        return []
    return [Box(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])) for o in objects]


def _plot(ticks: list[Line], shapes: list[Box]) -> Box | None:
    """The plot the axis reads: the shapes beside it within its height, if one's edge is level with a tick."""
    slack = ticks[1].top - ticks[0].top
    left, right = min(ln.x0 for ln in ticks), max(ln.x1 for ln in ticks)
    beside = [s for s in shapes if s.top >= ticks[0].top - slack and s.bottom <= ticks[-1].bottom + slack
              and (s.x0 >= right - 1 or s.x1 <= left + 1)]
    middles = [((ln.top + ln.bottom) / 2, LEVEL * (ln.bottom - ln.top)) for ln in ticks]
    if not any(abs(y - mid) <= tol for s in beside for y in (s.top, s.bottom) for mid, tol in middles):
        return None
    return Box(min([left, *(s.x0 for s in beside)]), min([ticks[0].top, *(s.top for s in beside)]),
               max([right, *(s.x1 for s in beside)]), max([ticks[-1].bottom, *(s.bottom for s in beside)]))


def _across(ln: Line, box: Box) -> bool:
    return ln.x0 < box.x1 and ln.x1 > box.x0


def _within(ln: Line, box: Box) -> bool:
    return _across(ln, box) and box.top <= (ln.top + ln.bottom) / 2 <= box.bottom


def _caption_goes_on(caption: Line | None, ln: Line) -> bool:
    """``ln`` is the next line of a caption set in its own type, close under a line that ends no sentence."""
    return caption is not None and abs(ln.size - caption.size) < 0.3 and ln.italic == caption.italic \
        and ln.bold == caption.bold and ln.top - caption.bottom <= 0.6 * (ln.bottom - ln.top) \
        and not SENTENCE_CLOSED.search(caption.text)


def _below(lines: list[Line], box: Box, small: float) -> list[Line]:
    """The chart's words close under its plot: small print, a caption and the lines it wraps to."""
    got: list[Line] = []
    caption: Line | None = None
    floor = box.bottom
    for ln in sorted((ln for ln in lines if ln.top >= box.bottom - 1 and _across(ln, box)), key=lambda ln: ln.top):
        if ln.top - floor > GAP * (ln.bottom - ln.top):
            break
        if _caption_goes_on(caption, ln) or CAPTION.match(ln.text):
            caption = ln
        elif ln.size > small:
            break
        got.append(ln)
        floor = ln.bottom
    return got


def _above(lines: list[Line], box: Box, small: float) -> list[Line]:
    """The chart's words close over its plot: small print (its title) ending no sentence, or up to a caption."""
    got: list[Line] = []
    ceiling = box.top
    for ln in sorted((ln for ln in lines if ln.bottom <= box.top + 1 and _across(ln, box)), key=lambda ln: -ln.top):
        caption = bool(CAPTION.match(ln.text))
        if ceiling - ln.bottom > GAP * (ln.bottom - ln.top) or len(got) == ABOVE_LINES \
                or (ln.size > small and not caption):
            break
        got.append(ln)
        if caption:  # the chart's words over it open with its caption
            return got
        ceiling = ln.top
    return [] if any(SENTENCE_CLOSED.search(ln.text) for ln in got) else got


def _text_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0]


def with_charts_aside(page: Any, lines: list[Line]) -> list[Line]:
    """``lines`` without the tick labels of each chart drawn on ``page``, and with its other words set aside."""
    axes = _axes(lines) if len(lines) >= MIN_TICKS else []
    feet = _foot_axes(lines)
    small = _text_size(lines) - SMALLER if lines else 0.0
    bars = _bar_labels(lines, page, small) if len(lines) >= MIN_TICKS and page.rects else None
    shapes = _shapes(page) if axes or feet else []
    if not shapes and not bars:
        return lines
    ticks: set[int] = set()
    aside: set[int] = set()
    for axis in axes:
        box = _plot(axis, shapes)
        mine = {id(ln) for ln in axis}
        rest = [ln for ln in lines if id(ln) not in ticks and id(ln) not in mine]
        inside = [ln for ln in rest if box is not None and _within(ln, box)]
        if box is None or any(len(ln.text.split()) > PROSE_WORDS for ln in inside):
            continue
        ticks.update(id(ln) for ln in axis)
        aside.update(id(ln) for ln in inside + _below(rest, box, small) + _above(rest, box, small))
    for foot in feet:
        box = _foot_plot(foot, shapes)
        rest = [ln for ln in lines if id(ln) not in ticks and ln is not foot]
        inside = [ln for ln in rest if box is not None and box.top <= (ln.top + ln.bottom) / 2 <= box.bottom
                  and (_across(ln, box) or (ln.x1 <= box.x0 + 1 and ln.size <= small))]  # the bars' names
        if box is None or any(len(ln.text.split()) > PROSE_WORDS for ln in inside):
            continue
        ticks.add(id(foot))
        aside.update(id(ln) for ln in inside + _below(rest, box, small) + _above(rest, box, small))
    if bars:
        named, box = bars
        rest = [ln for ln in lines if id(ln) not in ticks]
        aside.update(id(ln) for ln in named + _below(rest, box, small) + _above(rest, box, small))
    return [dataclasses.replace(ln, aside=True) if id(ln) in aside else ln for ln in lines if id(ln) not in ticks]
