"""A ruled table that sets a review's numbered paragraphs beside the replies to them.

A response to a review (a minister's letter's annex, an agency's management response, a board's action plan) often
prints the review's recommendations or findings, word for word with their numbers, in the left column of a
two-column ruled table and its own reply in the right ("6.1 The falls prevention service ..." | "Accepted. The
Department will ..."). Read across the page, the two cells' lines interleave; and two cells of prose side by side
are no bilingual frame here (:func:`.common.is_frame_table`), for only the left ones are numbered. Such a table is
read row by row (:func:`reply_lines`): the left cell a line of its own, the numbered paragraph; the reply beside it
an aside after it, its own passage and no part of the paragraph. A row a page break cut goes on under the header
repeated on the next page: that table is read so too, and the rest of the left cell, which prints no number, is
read into its paragraph (:func:`..passages.cut_passages` goes on with a paragraph after an aside).
"""

from __future__ import annotations

from typing import Any

from ..clean import Line
from .common import PARA_START_RE, PROSE_CELL_WORDS, _is_header


def _numbered(cell: str) -> bool:
    return PARA_START_RE.match(cell) is not None


def beside_replies(rows: list[list[str]], carried: bool = False) -> bool:
    """Rows of cell texts (the header's too) of one ruled table: two columns, every body row's left cell opening
    with a paragraph number (two rows at least) and no right cell so, some right cell holding prose. ``carried``:
    the table goes on from a table of replies that ran to the foot of the page before, and its first row may be
    the rest of that table's last (no number, perhaps no reply)."""
    if not rows or any(len(r) != 2 for r in rows):
        return False
    body = rows[1:] if _is_header([c for c in rows[0] if c], abbreviations=True) else rows
    rest = body[1:] if carried else body
    if not body or any(_numbered(right) for _, right in body) or not all(_numbered(left) for left, _ in rest):
        return False
    return carried or (len(rest) >= 2 and any(len(right.split()) >= PROSE_CELL_WORDS for _, right in rest))


def reply_column(table: Any) -> float:
    """Where the replies' column starts: the left edge of the right-hand cells of a pdfplumber table."""
    return min((float(r.cells[1][0]) for r in table.rows if len(r.cells) > 1 and r.cells[1] is not None),
               default=float(table.bbox[2]))


def reply_lines(rows: list[tuple[tuple[float, float], list[str]]], bbox: tuple[float, float, float, float],
                split: float, size: float, where: tuple[int, float, float]) -> list[Line]:
    """Each row's left cell as a row line of its own, and its reply after it as an aside. ``where``: the page's
    number, height and width."""
    pno, height, width = where
    out: list[Line] = []
    for (top, bottom), (left, right) in rows:
        for text, x0, x1, aside in ((left, bbox[0], split, False), (right, split, bbox[2], True)):
            if text:
                out.append(Line(text=text, page=pno, top=top, bottom=bottom, x0=x0, x1=x1, size=size,
                                page_height=height, page_width=width, row=True, aside=aside))
    return out
