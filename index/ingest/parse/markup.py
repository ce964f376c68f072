"""A Word document printed with its markup showing ("Simple Markup" off, "All Markup" on), as drafts are sometimes
published by mistake: deleted words struck through in the reviser's colour beside the inserted ones, and a pane
of comment balloons down the right of each page. A reader takes such a page with every change accepted, and so
is it read: struck letters are no text, and the balloon pane is no part of the page's text."""

from __future__ import annotations

import re
from typing import Any

from pdfplumber.page import Page

from .chars import usual_size

# what a balloon in Word's markup pane begins with
BALLOON = re.compile(r"^(?:Commented \[[^\]]{1,16}\]|Formatted|Deleted|Inserted|Moved (?:up|down|\(from|\(to))\s*:?",
                     re.IGNORECASE)


def _strikes(page: Page) -> list[tuple[float, float, float]]:
    """(x0, x1, top) of the page's solid horizontal rules (a dashed one is a balloon's connector)."""
    out = []
    for ln in page.lines:
        if abs(ln["top"] - ln["bottom"]) < 0.5 and ln["x1"] - ln["x0"] > 2 and not (ln.get("dash") or ([], 0))[0]:
            out.append((float(ln["x0"]), float(ln["x1"]), float(ln["top"])))
    return out


def _struck(c: dict[str, Any], strikes: list[tuple[float, float, float]]) -> bool:
    """A rule crosses the letter's middle (its height from 30% to 75% down): struck through. An underline runs
    below that, a table's rule between rows."""
    h = c["bottom"] - c["top"]
    mid_x = (c["x0"] + c["x1"]) / 2
    return any(x0 <= mid_x <= x1 and c["top"] + 0.3 * h <= y <= c["top"] + 0.75 * h for x0, x1, y in strikes)


def _rows(page: Page) -> list[list[dict[str, Any]]]:
    """The page's letters by line (their top, rounded), each line left to right."""
    rows: dict[int, list[dict[str, Any]]] = {}
    for c in page.chars:
        rows.setdefault(round(c["top"]), []).append(c)
    return [sorted(row, key=lambda c: c["x0"]) for row in rows.values()]


def _pane_left(rows: list[list[dict[str, Any]]], width: float) -> float | None:
    """Where the balloon pane begins: the left edge of the lines that begin as Word's balloons do, when they
    stand to the right of the page's text."""
    starts = []
    for row in rows:
        # the row's runs: a gap of more than two letters' width parts the text from the pane
        run: list[dict[str, Any]] = []
        for c in row:
            if run and c["x0"] - run[-1]["x1"] > 2 * max(c["size"], 1.0):
                if run[0]["x0"] > 0.5 * width and BALLOON.match("".join(x["text"] for x in run)):
                    starts.append(run[0]["x0"])
                run = []
            run.append(c)
        if run and run[0]["x0"] > 0.5 * width and BALLOON.match("".join(x["text"] for x in run)):
            starts.append(run[0]["x0"])
    return min(starts) - 1.0 if starts else None


def without_markup(page: Page) -> Page:
    """The page as it reads with every change accepted: no struck letters, no balloon pane; the page itself when
    it shows no markup, as nearly every page does."""
    strikes = _strikes(page)
    rows = _rows(page)
    left = _pane_left(rows, float(page.width))
    if not strikes and left is None:
        return page
    gone = {id(c) for c in page.chars if (strikes and _struck(c, strikes)) or (left is not None and c["x0"] >= left)}
    if not gone:
        return page
    for row in rows:  # a line that began with struck words ("3.9" struck before "3.8") begins where they did
        first = next((c for c in row if id(c) not in gone and not c["text"].isspace()), None)
        if first is not None and id(row[0]) in gone and (left is None or row[0]["x0"] < left):
            first.update(x0=row[0]["x0"], width=first["x1"] - row[0]["x0"])
    return page.filter(lambda obj: id(obj) not in gone)


# the first line of a page of Acrobat's "Summary of Comments" (printed "with comments summary"): readers' notes
COMMENTS_SUMMARY = re.compile(r"^Summary of Comments on\b")
_MARK_BOX = 16.0  # at most this wide and high, in points: the box round a comment's number


def without_comment_numbers(page: Page) -> Page:
    """The page without the numbers Acrobat prints in small boxes beside the text a reader commented on, when a
    document is printed with its comments summary ("2" in the margin before "1.2 The ..."): a number in smaller
    type than the page's usual, inside a small drawn box. Left in, one takes the place of a paragraph's number at
    the start of its line, or sits in the middle of a sentence."""
    small = [c for c in page.chars if c["text"].isdigit()]
    boxes = [r for r in page.rects if r["width"] <= _MARK_BOX and r["height"] <= _MARK_BOX] if small else []
    if not boxes:
        return page
    usual = usual_size([c for c in page.chars if not c["text"].isspace()])
    gone = {id(c) for c in small if c["size"] < 0.8 * usual
            and any(r["x0"] - 0.5 <= c["x0"] and c["x1"] <= r["x1"] + 0.5 and r["top"] - 0.5 <= c["top"]
                    and c["bottom"] <= r["bottom"] + 0.5 for r in boxes)}
    return page.filter(lambda obj: id(obj) not in gone) if gone else page
