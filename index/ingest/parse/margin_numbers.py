"""Paragraph numbers printed without a full stop in a PDF's left margin."""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics

from ..clean import Line

_BARE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=\S)")
MARGIN_NUMBER_RUN = 0.8  # of consecutive margin numbers, at least this share must count on by one


def _column_margins(lines: list[Line], margin: float) -> dict[tuple[int, int], float]:
    """The left edge of the text in each column of each page (parse/columns.py numbers a page's columns):
    where most of its lines start. A column of fewer than three lines has the document's ``margin``."""
    starts: dict[tuple[int, int], list[int]] = {}
    for ln in lines:
        starts.setdefault((ln.page, ln.column), []).append(round(ln.x0))
    return {key: float(statistics.mode(xs)) if len(xs) >= 3 else margin for key, xs in starts.items()}


def margin_numbers(lines: list[Line], margin: float) -> list[Line]:
    """Paragraph numbers printed without a full stop in the left margin ("5   Mr P was a man ..."): a bare
    number is no paragraph number at a line's start (a running footer with its page number looks the
    same), but one hanging out of its column, left of where the column's lines start, is, when such numbers count
    on by one through the document (line numbers in a transcript's margin go by fives and start again on
    each page). They are written "5." so that the cutter reads them as it reads printed ones."""
    margins = _column_margins(lines, margin)
    hanging = [i for i, ln in enumerate(lines)
               if _BARE_NUMBER.match(ln.text)
               and margins[(ln.page, ln.column)] - 48 < ln.x0 <= margins[(ln.page, ln.column)] - 3]
    numbers = [int(lines[i].text.split(None, 1)[0]) for i in hanging]
    steps = [b == a + 1 for a, b in itertools.pairwise(numbers)]
    if len(numbers) < 3 or sum(steps) < MARGIN_NUMBER_RUN * len(steps):
        return lines
    out = list(lines)
    for i in hanging:
        ln = out[i]
        out[i] = dataclasses.replace(ln, text=_BARE_NUMBER.sub(lambda m: f"{m.group(1)}. ", ln.text, count=1))
    return out
