"""An infographic's boxed figures: each box read on its own, set aside, never a paragraph or a paragraph's words.

An analysis of reviews opens a section with its figures set large in shaded boxes ("1 in 4" over "reviews found no
single agency held the whole history", "3.5" over "average number of referrals before a plan"), two or three to a
row, or puts one such box between two paragraphs. pdfplumber reads a row of boxes straight across, splicing the
line of one box to the line beside it, and a box's figure alone on its line ("3.5", "4.7") looks like a paragraph
number; a box between paragraphs was read as the last words of the paragraph above it.

A figure panel (:func:`figure_panels`) is a drawn box (a rectangle or filled curve at least
:data:`PANEL_LINES` lines of the page's text tall, as :func:`.spanning.panels_of` finds them) holding a figure in
type at least :data:`BIG` times the page's text size (:data:`FIGURE`: a number with a decimal point, a percent, a
currency sign, a thousands separator or at least two digits, or "1 in 4"), at most :data:`MOST_WORDS` words, and
no line in the text's size opening with a paragraph number (a box of quoted paragraphs is no infographic). Of
boxes inside one another, the innermost that qualify are taken. Their characters are taken out of the page before
its lines are read (:func:`without_panels`), and each box's lines, read within the box alone, are put back as ``aside``
lines of their own (a passage of their own, no paragraph's) where the box stands (:func:`with_panels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..clean import Line, normalise_text
from .chars import usual_size
from .common import PARA_START_RE, row_size

BIG = 1.6  # a figure's type size over the page's text size, at least
PANEL_LINES = 2.2  # a box's height in lines of the page's text, at least
MOST_WORDS = 40
MAX_SHAPES = 400  # boxes looked at on one page
COLUMN = 1000  # the column numbers of panels' lines (a jump, as to another column: parse/blocks.py)
# a figure: 3.5, 42%, £2.3m, 1,204, 27, 1 in 4, 3/4, with a few words after it ("42% rise")
FIGURE = re.compile(r"^(?:[£$€]?(?:\d+[.,]\d+|\d{2,})(?:,\d{3})*\s?(?:%|k|m|bn)?|\d{1,2}%|\d{1,3}\s+in\s+\d{1,3}"
                    r"|\d{1,3}/\d{1,3})(?:\s+\S+){0,3}$")

Rect = tuple[float, float, float, float]


def _boxes(page: Any) -> list[Rect]:
    least = PANEL_LINES * usual_size(page.chars)
    shapes = [*page.rects, *(c for c in page.curves if c.get("fill"))]
    if len(shapes) > MAX_SHAPES:
        return []
    return [(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in shapes
            if float(r["bottom"]) - float(r["top"]) >= least and float(r["x1"]) - float(r["x0"]) >= least]


def _holds(box: Rect, obj: dict) -> bool:
    x, y = (float(obj["x0"]) + float(obj["x1"])) / 2, (float(obj["top"]) + float(obj["bottom"])) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _within(outer: Rect, inner: Rect) -> bool:
    return outer != inner and outer[0] <= inner[0] + 1 and outer[1] <= inner[1] + 1 and outer[2] >= inner[2] - 1 \
        and outer[3] >= inner[3] - 1


def figure_panels(page: Any, extract: Callable[[Any], list[dict]]) -> dict[Rect, list[dict]]:
    """The page's figure panels, each with its own lines (``extract`` of the page within it), top to bottom."""
    boxes = _boxes(page) if page.rects or page.curves else []
    if not boxes:
        return {}
    body = usual_size(page.chars)
    found: dict[Rect, list[dict]] = {}
    for box in boxes:
        chars = [c for c in page.chars if _holds(box, c)]
        if not chars or max(float(c["size"]) for c in chars) < BIG * body:
            continue
        rows = extract(page.filter(lambda o, box=box: o.get("object_type") != "char" or _holds(box, o)))
        big = [r for r in rows if row_size(r) >= BIG * body and FIGURE.match(r["text"].strip())]
        small = [r for r in rows if row_size(r) < BIG * body]
        if big and sum(len(r["text"].split()) for r in rows) <= MOST_WORDS \
                and not any(PARA_START_RE.match(r["text"]) for r in small):
            found[box] = sorted(rows, key=lambda r: float(r["top"]))
    return {box: rows for box, rows in found.items() if not any(_within(box, other) for other in found)}


def without_panels(page: Any, panels: dict[Rect, list[dict]]) -> Any:
    """The page without the panels' characters."""
    return page.filter(lambda o: o.get("object_type") != "char" or not any(_holds(box, o) for box in panels))


def with_panels(lines: list[Line], panels: dict[Rect, list[dict]], line: Callable[..., Line]) -> list[Line]:
    """``lines`` with each panel's lines set aside where the panel stands: before the first line below its top.
    ``line(row, text, column=...)`` makes a row's line (``pdf._line``)."""
    out = list(lines)
    for k, (box, rows) in enumerate(sorted(panels.items(), key=lambda item: (round(item[0][1]), item[0][0]))):
        mine = [line(r, text, column=COLUMN + k) for r in rows if (text := normalise_text(r["text"]))]
        at = next((i for i, ln in enumerate(out) if ln.column < COLUMN and ln.top > box[1]), len(out))
        out[at:at] = mine
    return out
