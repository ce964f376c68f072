"""Bands of a page that look like columns but are a table's rows, read across (:mod:`.columns` asks): a table
ruled between its rows, and a glossary set without rules whose short terms stand level with their meanings."""

from __future__ import annotations

from collections.abc import Sequence

from .asides import Rule
from .gutters import GUTTER_MIN, Band, LineBox

MAX_TABLE_RULES = 1  # horizontal rules across a gutter inside a band: more make it a ruled table


def ruled_table(band: Band, boxes: Sequence[LineBox], rules: Sequence[Rule]) -> bool:
    """More than one horizontal rule crosses a gutter of the band: a table's ruled rows, not columns."""
    top, bottom = boxes[band.first].top, boxes[band.last].bottom
    for cut in band.cuts:
        crossing = [r for r in rules if r[0] < cut - GUTTER_MIN / 2 and r[1] > cut + GUTTER_MIN / 2
                    and top < r[2] < bottom]
        if len(crossing) > MAX_TABLE_RULES:
            return True
    return False


def term_table(band: Band, boxes: Sequence[LineBox]) -> bool:
    """A glossary set without rules ("ABI" level with "Acquired brain injury: ..."): short terms at the left,
    each level with a line at the right. Two columns of prose fill their width; the rows are read across."""
    if len(band.cuts) != 1:
        return False
    cut = band.cuts[0]
    lines = [boxes[i] for i in range(band.first, band.last + 1)]
    left = [b for b in lines if b.runs[0][1] < cut]
    right = [b.top for b in lines if b.runs[-1][0] > cut]
    if len(left) < 3:
        return False
    x0 = min(b.runs[0][0] for b in left)
    fills = sorted((max(r[1] for r in b.runs if r[1] < cut) - x0) / max(1.0, cut - x0) for b in left)
    level = sum(any(abs(b.top - t) <= 3 for t in right) for b in left)
    return fills[len(fills) // 2] <= 0.6 and level >= 0.8 * len(left)
