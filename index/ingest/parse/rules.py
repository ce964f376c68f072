"""Horizontal rules on a PDF page as the reader needs them: a rule drawn just under a line underlines it (a typed
heading), unless it is a box's edge."""

from __future__ import annotations

from typing import Any


def underlined(line: dict, rules: list[tuple[float, float, float]]) -> bool:
    """Is a rule drawn just under the line, from its first letter to its last, with none above it (a typed heading
    underlined; not a table row between its rules, nor a running header's rule across the page)?"""
    x0, x1, top, bottom = float(line["x0"]), float(line["x1"]), float(line["top"]), float(line["bottom"])
    return any(bottom - 1.5 <= y <= bottom + 3.5 and abs(a - x0) <= 6 and abs(b - x1) <= 6 for a, b, y in rules) \
        and not any(top - 6 <= y <= top + 1.5 and a <= x0 + 3 and b >= x1 - 3 for a, b, y in rules)


def underline_rules(page: Any) -> list[tuple[float, float, float]]:
    """The page's horizontal rules that may underline a line (a drawing's thousands: none). A box's edges are none:
    a reader's highlight behind a line is no underline of the line above it (blind round 55)."""
    box = {(round(float(r["x0"])), round(float(r["x1"])), round(float(y))) for r in page.rects if float(r["height"]) > 3
           for y in (r["top"], r["bottom"])}
    edges = [e for e in page.horizontal_edges if e.get("object_type") != "rect_edge"
             or (round(float(e["x0"])), round(float(e["x1"])), round(float(e["top"]))) not in box]
    return [(float(e["x0"]), float(e["x1"]), float(e["top"])) for e in edges] if len(edges) <= 500 else []
