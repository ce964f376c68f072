"""A review's numbered paragraphs quoted in a displayed quotation: a block set in from both edges of its column.

Articles, theses and books display a long quotation as a block of its own: LaTeX's quote and quotation
environments, Word's "Quote" style and publishers' house styles pull in both margins from the column's (often in a
smaller size), the text justified to the block's own measure; the writer's prose carries on after it back at the
column's left margin, unindented. A review's numbered paragraphs quoted so print their numbers at the block's left
edge (hanging, their text set further in, or flush with it). Each such paragraph is read as a line of its own, its
lines joined (across a column or page break too, past the notes and the page's foot printed between), and ends
where the block ends: what follows at the column's margin is the writer's, not the review's (the line is a ``row``,
so a block of its own, and :func:`.quoted_paragraphs.quoted_paragraphs` gives its block a ``table`` mark of its own,
with which :func:`..passages.cut_passages` ends the paragraph).

Only the block's geometry against its own column's body text is read: every line set in at least LEFT_IN from the
column's left margin and ending at least RIGHT_IN short of its right edge, the lines it wraps (two at least) ending
together at its longest line's end (a justified block's narrower measure), in one size no larger than the body's,
the block opening with a printed paragraph number before its words. A first-line indent and a list run out to the
column's right edge; a footnote, a reference or a displayed equation (its number at the right edge) starts at the
margin or reaches the edge; a list's or a note's short lines show no measure; a table's row of figures ("5.1 3.5")
opens with no words. A block that opens without a number, or in the middle of an indented run, is left as it stands.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable

from ..clean import Line
from ..hyphens import Vocabulary, join_lines, word_vocabulary
from .common import TERMINAL, body_size

# "4.2 The ...": a paragraph's number before its words (not a table's row of figures, "5.1 3.5 1.4")
_PRINTED = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?\s+(?=[^\W\d_]|[“‘\"'(])")

LEFT_IN = 6.0  # points every line of the block stands right of its column's left margin at least
RIGHT_IN = 3.0  # points every line of the block stops short of its column's right edge at least
SAME_EDGE = 2.0  # points two lines' edges may differ and still be one edge
SAME_MEASURE = 1.5  # points the ends of a block's wrapped lines may differ
MEASURE_LINES = 2  # wrapped lines that show a block's measure at least
SAME_SIZE = 0.4  # points of type size two lines of one block may differ
SMALLER = 0.5  # notes and the page's foot between a block and its next column are this much smaller at least
MOST_SKIPPED = 8  # lines of such small print passed over between a block's column foot and its next column
MOST_LINES = 200  # lines of one block
EDGE_LINES = 3  # body lines that must start (end) at a column's margin (edge) for it to count as one
LONG = 30  # characters of a body line counted for the column's right edge (a short last line stops anywhere)

Edges = Callable[[Line], tuple[float, float] | None]



def _column_edges(lines: list[Line], body: float) -> Edges:
    """Each column's left margin and right edge: where most of its body-size lines start and end, on its page
    (the same column on any page where its page holds too few)."""
    starts: dict[tuple[int, int], Counter[int]] = {}
    ends: dict[tuple[int, int], Counter[int]] = {}
    for ln in lines:
        if abs(ln.size - body) < 0.6 and not ln.row and not ln.aside:
            for key in ((ln.page, ln.column), (0, ln.column)):
                starts.setdefault(key, Counter())[round(ln.x0)] += 1
                if len(ln.text) > LONG:
                    ends.setdefault(key, Counter())[round(ln.x1)] += 1

    def most(counts: dict[tuple[int, int], Counter[int]]) -> dict[tuple[int, int], float]:
        best = {key: c.most_common(1)[0] for key, c in counts.items()}
        return {key: float(x) for key, (x, n) in best.items() if n >= EDGE_LINES}

    lefts, rights = most(starts), most(ends)

    def edges(ln: Line) -> tuple[float, float] | None:
        here, anywhere = (ln.page, ln.column), (0, ln.column)
        left, right = lefts.get(here, lefts.get(anywhere)), rights.get(here, rights.get(anywhere))
        return None if left is None or right is None else (left, right)

    return edges


class _Block:
    """A displayed quotation as it is read: its opening line, and where its number stands in from the margin."""

    def __init__(self, first: Line, edges: Edges) -> None:
        self.first, self.edges = first, edges
        left, _right = edges(first) or (0.0, 0.0)
        self.number_at = first.x0 - left  # the number's place in from the margin

    def inside(self, ln: Line) -> bool:
        """``ln`` is set like the block's lines: pulled in from both edges of its column, in the block's size."""
        got = self.edges(ln)
        if got is None or ln.row or ln.aside or abs(ln.size - self.first.size) > SAME_SIZE:
            return False
        left, right = got
        return ln.x0 - left >= max(LEFT_IN, self.number_at - SAME_EDGE) and ln.x1 <= right - RIGHT_IN

    def inset(self, ln: Line) -> float:
        """How far short of its column's right edge the line ends."""
        got = self.edges(ln)
        return got[1] - ln.x1 if got else 0.0


def _follows(prev: Line, ln: Line) -> bool:
    return ln.page == prev.page and ln.column == prev.column and 0 < ln.top - prev.top <= 2.5 * max(prev.size, 1.0)


def _next_column(lines: list[Line], j: int, prev: Line, block: _Block) -> int | None:
    """The index of the line that carries the block on at the head of the next column or page, past the small
    print between (the column's notes, the page's foot); None where the block ends with its column."""
    for k in range(j, min(j + MOST_SKIPPED + 1, len(lines))):
        ln = lines[k]
        if (ln.page == prev.page and ln.column != prev.column and ln.top < prev.top) or ln.page == prev.page + 1:
            return k if block.inside(ln) else None
        if ln.page != prev.page or ln.size > prev.size - SMALLER:
            return None
    return None


def _run(lines: list[Line], i: int, block: _Block) -> list[int]:
    """The indices of the displayed quotation that opens with a paragraph's number on line ``i``, or []."""
    first, edges = lines[i], block.edges
    prev = lines[i - 1] if i else None
    if not _PRINTED.match(first.text) or edges(first) is None or not block.inside(first) \
            or block.number_at < LEFT_IN or (prev is not None and _follows(prev, first) and block.inside(prev)):
        return []
    run = [i]
    j = i + 1
    while j < len(lines) and len(run) < MOST_LINES:
        last = lines[run[-1]]
        k: int | None = j
        if not _follows(last, lines[j]):
            k = _next_column(lines, j, last, block)
        elif not block.inside(lines[j]):
            k = None
        if k is None:
            break
        run.append(k)
        j = k + 1
    return run


def _parts(lines: list[Line], run: list[int], block: _Block) -> list[list[Line]]:
    """The block cut where a quoted paragraph prints its number at the block's number edge after a sentence's end."""
    parts: list[list[Line]] = [[lines[run[0]]]]
    for a, b in itertools.pairwise(run):
        prev, ln = lines[a], lines[b]
        got = block.edges(ln)
        numbered = got is not None and abs(ln.x0 - got[0] - block.number_at) <= SAME_EDGE \
            and _PRINTED.match(ln.text) is not None and TERMINAL.search(prev.text) is not None
        if numbered:
            parts.append([])
        parts[-1].append(ln)
    return parts


def _justified(parts: list[list[Line]], block: _Block) -> bool:
    """The lines the block wraps (all but each paragraph's last, two at least) end together at the block's measure
    (its longest line), short of the column's edge: a justified block, not a list's or a note's short lines."""
    measure = min(block.inset(ln) for part in parts for ln in part)
    insets = [block.inset(ln) for part in parts for ln in part[:-1]]
    return len(insets) >= MEASURE_LINES and max(insets) - measure <= SAME_MEASURE


def _joined(part: list[Line], vocab: Vocabulary) -> Line:
    text = part[0].text
    for ln in part[1:]:
        text = join_lines(text, ln.text, vocab)
    last = [ln for ln in part if (ln.page, ln.column) == (part[0].page, part[0].column)][-1]
    return dataclasses.replace(part[0], text=text, bottom=last.bottom, x1=max(ln.x1 for ln in part), row=True)


def displayed_quotations(pages: list[list[Line]]) -> tuple[list[list[Line]], set[tuple[int, str]]]:
    """The pages with each numbered paragraph of a displayed quotation one line of its own (a row, so a block of
    its own), and the (page, text) of those lines."""
    lines = [ln for p in pages for ln in p]
    body = body_size(lines)
    edges = _column_edges(lines, body)
    vocab = word_vocabulary([ln.text for ln in lines])
    put: dict[int, Line] = {}  # id of a paragraph's first line -> the paragraph's line
    gone: set[int] = set()
    i = 0
    while i < len(lines):
        block = _Block(lines[i], edges)
        run = _run(lines, i, block) if not lines[i].row and lines[i].size <= body + SAME_SIZE else []
        parts = _parts(lines, run, block) if run else []
        if not parts or not _justified(parts, block):
            i += 1
            continue
        for part in parts:
            put[id(part[0])] = _joined(part, vocab)
            gone.update(id(ln) for ln in part)
        i = run[-1] + 1
    if not put:
        return pages, set()
    out = [[put.get(id(ln), ln) for ln in p if id(ln) in put or id(ln) not in gone] for p in pages]
    return out, {(ln.page, ln.text.replace("\u00ad", "")) for ln in put.values()}
