"""A review's numbered paragraphs quoted in a plain text, set in from the writer's own prose (blind round 64).

An article, a thesis or a briefing saved as text quotes a review's paragraphs as displayed quotations: each set in
from the left edge of the writer's prose, its number at the quotation's indent and its lines at the text's column
after the number ("      4.1   The paediatric ...", "            promptly but ..."), the writer's prose going on at
its own edge after it. In a numbered document everything up to the next number is the paragraph's
(:func:`..passages.cut_passages`), so the writer's comment after a quotation would be read as the review's words.
The quotation is the paragraph: its lines carry a mark of their own (a block's ``table``, as a table's rows do), and
the paragraph ends where the mark does.

The writer's edge is where most lines of prose start (unnumbered lines of several words). A quotation is a line
opening with a paragraph number ("4.1", "5.2.3") set in from that edge, the line under it set in as far at least;
it goes on while its lines stand no further left than its number, past blank lines (then at about its text's
column: a list, a second part, but not a folio centred under it) and a page break, up to the next number at its
number's indent. A report that sets its own numbered paragraphs in from the margin sets the rest of its text at
their column, not left of them, so the rule reads quotations only where at least two of them are followed by the
writer's prose at the edge.
"""

from __future__ import annotations

import re
from collections import Counter

from ..clean import Line
from .common import BULLET_RE, PARA_START_RE

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?\.?\s+(?=[\"“‘(\[]?[A-Z])")  # "4.1 The ...", "2.3.1 In ..."
SENTENCE_START = re.compile(r"^[\"“‘(\[]?[A-Z]")
SET_IN = 2  # characters a quotation's number stands in from the writer's edge at least
SAME = 1  # characters between two numbers at one indent at most
AFTER_GAP = 8  # characters right of the quotation's text column a line after a blank line may start at most
PROSE_WORDS = 6  # words of a line of the writer's prose
LEAST = 2  # quotations followed by the writer's prose


def quotation_marks(pages: list[list[Line]]) -> dict[int, int]:
    """The mark of each line of a quotation (by the line's id), one mark a quotation, below zero (a table's rows
    are marked by block index, from zero up); empty where the text quotes nothing so."""
    lines = [ln for p in pages for ln in p]
    edge = _edge(lines)
    if edge is None:
        return {}
    quotes: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        end = _quotation(lines, i, edge)
        if end:
            quotes.append((i, end))
        i = end or i + 1
    if sum(1 for start, end in quotes if _prose_after(lines, start, end)) < LEAST:
        return {}
    return {id(ln): -k for k, (start, end) in enumerate(quotes, 1) for ln in lines[start:end]}


def _edge(lines: list[Line]) -> float | None:
    """Where most lines of prose start: unnumbered lines, no list's items, of several words."""
    starts = Counter(ln.x0 for ln in lines if len(ln.text.split()) >= PROSE_WORDS
                     and not PARA_START_RE.match(ln.text) and not BULLET_RE.match(ln.text))
    return starts.most_common(1)[0][0] if starts else None


def _quotation(lines: list[Line], i: int, edge: float) -> int:
    """The end (exclusive, after its last line of text) of a quotation starting on line ``i``; 0 for none."""
    first = lines[i]
    if first.x0 < edge + SET_IN or not _NUMBER.match(first.text) or i + 1 >= len(lines) \
            or not lines[i + 1].text or lines[i + 1].x0 < first.x0 or _NUMBER.match(lines[i + 1].text):
        return 0
    column, end, gap = lines[i + 1].x0, i + 1, False
    for j in range(i + 1, len(lines)):
        ln = lines[j]
        if not ln.text:
            gap = True
            continue
        if ln.x0 < first.x0 - SAME or (gap and ln.x0 > column + AFTER_GAP) \
                or (_NUMBER.match(ln.text) and abs(ln.x0 - first.x0) <= SAME):
            break
        end, gap = j + 1, False
    return end


def _prose_after(lines: list[Line], start: int, end: int) -> bool:
    """The next line of text after the quotation is the writer's prose: left of the quotation's number, a
    sentence's start, several words (no heading, no folio)."""
    ln = next((lines[k] for k in range(end, len(lines)) if lines[k].text), None)
    return ln is not None and ln.x0 < lines[start].x0 - SAME and len(ln.text.split()) >= PROSE_WORDS \
        and bool(SENTENCE_START.match(ln.text))
