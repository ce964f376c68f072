"""Marks an archive or a registry puts on a PDF's pages after the report was made: text turned a quarter and run
up (or down) a side margin.

A record office that re-saves a review as PDF/A for its archive stamps every page with a line up the left margin
("... Record Office · ACC 2024/117 · item 6 · archival copy ..."); a journal or repository does the same with
"Downloaded from ... on 3 March 2025". pdfplumber gives each of those turned letters a line of its own, or splices
them into the report's lines level with them (a paragraph ending "... in June. m d m"). ``chars._slant`` counts a
quarter turn as upright (a landscape page's table, a turned column heading), so ``chars.without_watermark`` keeps
them; :func:`without_margin_stamps` takes them off where they stand wholly outside the page's upright text.
"""

from __future__ import annotations

from typing import Any

from pdfplumber.page import Page

from .chars import _PAGE_NUMBER, TILT, _slant

BLOCK_WIDTH = 0.4  # of the page's width: the upright text at least this wide is a page of text with margins
STAMP_LINES = 2  # quarter-turned lines on one side of the text, at most: a stamp, not a turned table


def _turned(c: dict[str, Any]) -> bool:
    """A character turned a quarter (up or down the page), not merely leaning."""
    return not c.get("upright", True) and _slant(c) < TILT


def _lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Turned characters in lines: a turned line's characters share their x, to within half their size."""
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (c["x0"] + c["x1"]) / 2):
        mid = (c["x0"] + c["x1"]) / 2
        last = lines[-1] if lines else None
        if last and mid - (last[-1]["x0"] + last[-1]["x1"]) / 2 <= 0.5 * max(c.get("size", 0.0), 1.0):
            last.append(c)
        else:
            lines.append([c])
    return lines


def turned_beside_text(page: Page) -> tuple[list[dict[str, Any]], float, float] | None:
    """The page's quarter-turned characters and the left and right edges of its upright text, when it has both, the
    upright text is at least ``BLOCK_WIDTH`` of the page wide and outnumbers the turned letters; else None (no turned
    text, or a page of turned text: a landscape table on a portrait page)."""
    chars = [c for c in page.chars if c.get("object_type", "char") == "char"]
    turned = [c for c in chars if _turned(c)]
    upright = [c for c in chars if not _turned(c) and not c["text"].isspace()]
    if not turned or len(upright) <= sum(not c["text"].isspace() for c in turned):
        return None
    lo, hi = min(c["x0"] for c in upright), max(c["x1"] for c in upright)
    return (turned, lo, hi) if hi - lo >= BLOCK_WIDTH * float(page.width) else None


def without_margin_stamps(page: Page) -> Page:
    """The page without a stamp turned a quarter in a side margin: an archive's or registry's accession line run
    up the margin beside the paragraph numbers of a review it re-saved (PDF/A from a record office, blind round
    58), or a repository's "Downloaded from" line. A line of turned letters lying wholly left or right of the
    page's upright text, that text being at least ``BLOCK_WIDTH`` of the page wide and more than the turned
    letters, with at most ``STAMP_LINES`` such lines on that side, is a stamp. A page of turned text (a landscape
    table on a portrait page), a turned heading inside the text block and a turned page number in the margin
    stay."""
    block = turned_beside_text(page)
    if block is None:
        return page
    turned, lo, hi = block
    left = [ln for ln in _lines(turned) if max(c["x1"] for c in ln) < lo - 1]
    right = [ln for ln in _lines(turned) if min(c["x0"] for c in ln) > hi + 1]
    gone: set[int] = set()
    for side in (left, right):
        if len(side) > STAMP_LINES:
            continue
        for ln in side:
            up = (ln[0].get("matrix") or (0, 1))[1] > 0  # turned anticlockwise: read from the foot up
            text = "".join(c["text"] for c in sorted(ln, key=lambda c: -c["top"] if up else c["top"])).strip()
            if any(ch.isalpha() for ch in text) and not _PAGE_NUMBER.fullmatch(text):
                gone.update(id(c) for c in ln)
    return page.filter(lambda obj: id(obj) not in gone) if gone else page
