"""List markers a PDF draws instead of typing them.

dompdf paints an HTML list's ``disc`` marker as a filled circle (a curve), so the text holds no bullet and a list of
factors reads as plain lines (fresh44's Hexley review, saved from a CMS through dompdf, after its look: its lists of
reasons were not lists). A small, round, filled mark just left of a line's first word and level with it is that
line's bullet: the line is read as starting "• ". Squares are left alone (a table's status cells, a form's boxes)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..clean import Line

_SIZE = (1.5, 7.0)  # a marker's width and height, in points
_GAP = 24.0  # at most this far left of the line's first word
_BULLETS = ("•", "◦", "▪", "‣", "-", "–", "—", "*", "o ")


def _marks(page: Any) -> list[tuple[float, float]]:
    """(x1, vertical centre) of each small filled round mark the page draws."""
    return [(float(c["x1"]), (float(c["top"]) + float(c["bottom"])) / 2) for c in page.curves
            if c.get("fill") and _SIZE[0] <= c["width"] <= _SIZE[1] and _SIZE[0] <= c["height"] <= _SIZE[1]
            and abs(c["width"] - c["height"]) < 0.5]


def with_drawn_bullets(page: Any, lines: list[Line]) -> list[Line]:
    """``lines`` with a bullet before each whose first word a drawn disc stands just left of, level with it."""
    marks = _marks(page)
    if not marks:
        return lines
    return [dataclasses.replace(ln, text="• " + ln.text) if not ln.text.startswith(_BULLETS) and any(
        ln.top <= mid <= ln.bottom and 0 <= ln.x0 - x1 <= _GAP for x1, mid in marks) else ln for ln in lines]
