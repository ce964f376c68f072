"""Columns on a scanned page, found in the image before OCR.

Tesseract's "one column" mode (:mod:`.ocr` uses it, as it keeps hanging paragraph numbers) reads a row of
two columns as one line, joining the halves of two paragraphs. So the page's gutters are found first: a band
at least :data:`GUTTER_IN` wide, with no ink, running down at least :data:`MIN_RUN` of the page, with text
on both sides in most of its rows, the columns on either side of much the same width (a table's column of
labels beside its column of text is read across, row by row, as before). The part of the page beside a gutter
is read column by column; what is above or below it (a title across the page) is read whole. A page
photographed or scanned askew has slanted gutters: the slant is found by trying small angles, and the page is
turned upright before it is read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

STEP = 4  # pixels of the page to a cell of the grid the gutters are sought on
GUTTER_IN = 0.12  # inches: the narrowest gutter (typeset columns are 0.17 in apart or more; word spaces less)
MIN_RUN = 0.25  # share of the page's height a gutter runs down
MIN_SIDE_INK = 0.4  # share of the gutter's rows with ink on each side (two columns of text, not a table's)
SAME_WIDTH = 0.6  # the narrower column's width to the wider's, at least (a table's label column is narrower)
CENTRE = (0.25, 0.75)  # where across the part being cut a gutter's middle may be (not a margin)
ANGLES = [a / 4 for a in range(-12, 13)]  # degrees of slant tried (a quarter degree apart, up to 3)
MAX_DEPTH = 2  # gutters within columns: up to four columns


Region = tuple[int, int, int, int]  # x0, y0, x1, y1 in page pixels


@dataclass
class Layout:
    angle: float  # degrees the page is turned (anticlockwise) to stand upright; 0 when it has no columns
    regions: list[Region]  # in reading order: the page whole, or the parts above, beside and below gutters


def layout(ink: Any, dpi: int) -> Layout:
    """The page's regions to read, from its ink (a boolean image, True where there is ink)."""
    height, width = ink.shape
    whole = Layout(0.0, [(0, 0, width, height)])
    grid = _grid(ink)
    best: tuple[int, float] | None = None
    for angle in ANGLES:
        run = _best_gutter(_sheared(grid, angle), (0, 0, grid.shape[1], grid.shape[0]), dpi)
        if run is not None and (best is None or run[0] > best[0] or (run[0] == best[0] and abs(angle) < abs(best[1]))):
            best = (run[0], angle)
    if best is None:
        return whole
    angle = best[1]
    grid = _grid(_turned(ink, angle)) if angle else grid
    cells = _regions(grid, (0, 0, grid.shape[1], grid.shape[0]), dpi, MAX_DEPTH)
    if len(cells) == 1:
        return whole
    return Layout(angle, [(x0 * STEP, y0 * STEP, min(width, x1 * STEP), min(height, y1 * STEP))
                          for x0, y0, x1, y1 in cells])


def turned(pixels: Any, angle: float, paper: float) -> Any:
    """The grey page turned by ``angle`` degrees about its centre, the corners filled with paper."""
    from PIL import Image

    if not angle:
        return pixels
    image = Image.fromarray(pixels, mode="L").rotate(angle, resample=Image.Resampling.BILINEAR,
                                                   fillcolor=int(paper))
    return np.asarray(image)


def _turned(ink: Any, angle: float) -> Any:
    return turned(np.where(ink, 0, 255).astype(np.uint8), angle, 255) < 128


def _grid(ink: Any) -> Any:
    """A cell is inked when any of its pixels is."""
    height, width = ink.shape
    h, w = height // STEP, width // STEP
    return ink[:h * STEP, :w * STEP].reshape(h, STEP, w, STEP).any(axis=(1, 3))


def _sheared(grid: Any, angle: float) -> Any:
    """Each row shifted so that a line slanted by ``angle`` degrees stands upright (near enough to turning)."""
    if not angle:
        return grid
    out = np.zeros_like(grid)
    tan = math.tan(math.radians(angle))
    for y in range(grid.shape[0]):
        shift = round((y - grid.shape[0] / 2) * tan)
        if shift > 0:
            out[y, :-shift] = grid[y, shift:]
        elif shift < 0:
            out[y, -shift:] = grid[y, :shift]
        else:
            out[y] = grid[y]
    return out


def _best_gutter(grid: Any, box: Region, dpi: int) -> tuple[int, int, int, int] | None:
    """The longest gutter in ``box`` of the grid: (rows it runs, its first and last column, its first row),
    or None."""
    from scipy import ndimage

    x0, y0, x1, y1 = box
    part = grid[y0:y1, x0:x1]
    rows, cols = part.shape
    band = max(2, round(GUTTER_IN * dpi / STEP))
    lo, hi = max(1, int(CENTRE[0] * cols)), int(CENTRE[1] * cols) - band
    if rows < 8 or hi <= lo:
        return None
    # a cell is clear when the band of columns starting at it holds no ink
    clear = ndimage.minimum_filter1d((~part).astype(np.uint8), size=band, axis=1, origin=-(band // 2))[:, lo:hi] > 0
    longest, ends, run = np.zeros(hi - lo, dtype=int), np.zeros(hi - lo, dtype=int), np.zeros(hi - lo, dtype=int)
    for y in range(rows):  # the longest run of clear cells down each column, and the row after it
        run = (run + 1) * clear[y]
        longer = run > longest
        longest[longer], ends[longer] = run[longer], y + 1
    inked_rows = part.any(axis=1)
    text_rows = int(inked_rows.sum())
    for k in np.argsort(-longest, kind="stable"):
        length = int(longest[k])
        if length < MIN_RUN * rows:
            return None
        x, end = lo + int(k), int(ends[k])
        start = end - length
        inked = int(inked_rows[start:end].sum())
        left = int(part[start:end, :x].any(axis=1).sum())
        right = int(part[start:end, x + band:].any(axis=1).sum())
        columns = part[start:end].any(axis=0)
        widths = (x - int(np.argmax(columns)), cols - int(np.argmax(columns[::-1])) - x - band)
        if inked >= MIN_RUN * text_rows and min(left, right) >= MIN_SIDE_INK * inked \
                and min(widths) >= SAME_WIDTH * max(widths):
            return length, x + x0, x + x0 + band, start + y0
    return None


def _regions(grid: Any, box: Region, dpi: int, depth: int) -> list[Region]:
    """``box`` cut at its longest gutter into the part above, the columns beside it, and the part below, each
    cut again while ``depth`` lasts; or ``box`` whole."""
    found = _best_gutter(grid, box, dpi) if depth > 0 else None
    if found is None:
        return [box]
    run, gx0, gx1, top = found
    x0, y0, x1, y1 = box
    middle = (gx0 + gx1) // 2
    bottom = top + run
    out: list[Region] = []
    if top > y0:
        out.append((x0, y0, x1, top))
    out += _regions(grid, (x0, top, middle, bottom), dpi, depth - 1)
    out += _regions(grid, (middle, top, x1, bottom), dpi, depth - 1)
    if bottom < y1:
        out += _regions(grid, (x0, bottom, x1, y1), dpi, depth)
    return out
