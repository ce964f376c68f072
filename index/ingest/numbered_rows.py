"""Rows that carry a paragraph's number are no paragraphs (numbered paragraphs among an analysis's tables and figures).

An analysis sets out its themes in a table first, each row under the number of the paragraph that takes it up
("4.3 | Information sharing | 19 | 61%"), and then writes those paragraphs: "4.3 Information sharing was the theme
found most often ...". Read as a paragraph's opening, each row used up a number its paragraph needed: the rows ran
4.3 to 4.6 as numbered headings, and every paragraph after them, going back to 4.3, lost its number. The same befell
a row of figures set as a line of text ("3.1 13 24% Partial"), a Word table's first column ("1.1 Neglect | 14 |
45%") in the middle of paragraph 2.3, and a boxed figure ("3.3" over "reviews per 10,000 children") just before
paragraph 3.3. Each such row is set aside (an ``aside`` block: a passage of its own, no paragraph's, and the flow goes
on as if it were not there; a table's other rows with it):

* a row of figures: a number, then a few words (:data:`ROW_WORDS`) ending no sentence, most of them figures;
* a table's row (cells parted by " | ") opening with a number and a few words;
* a run of two or more rows, numbers following on, at least two of which open a paragraph of prose further on;
  or a single row whose number opens the next numbered paragraph of prose;
* a ruled table's rows run together into one block ("3.1 Self-neglect and hoarding 42 17% 3.2 Mental capacity 38
  15% ...", each row reaching the text's right edge, so read as a wrapped line: blind round 75's tables.pdf), with
  the bold header row over them (drawn again over the rows carried to the next page).

A numbered heading ("4.3 Information sharing") over its sub-paragraphs ("4.3.1 ...") stays: its number opens no
prose of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..types import Block
from .sequence import next_after, num_key

ROW_WORDS = 8  # a row's words after its number, at most
PROSE_WORDS = 12  # a paragraph's words after its number, at least (or a sentence's end)
MIN_ROWS = 2
MIN_MERGED = 3
_ENDS = re.compile(r"[.!?:;\"”’)\]]$")
FIGURE = re.compile(r"[(£$€]?[-−]?\d[\d,.]*%?\)?")  # 12, 17%, 2.5, £1,200, (3)


def _cells(rest: str) -> list[str]:
    return rest.replace("|", " ").split()  # a table's row as its cells' words ("Neglect | 14 | 45%")


def _row(rest: str) -> bool:
    return 0 < len(_cells(rest)) <= ROW_WORDS and "\n" not in rest.strip() and not _ENDS.search(rest.rstrip())


def _prose(rest: str) -> bool:
    return len(rest.split()) > PROSE_WORDS or (len(rest.split()) >= 4 and bool(_ENDS.search(rest.rstrip())))


def _figures(rest: str) -> bool:
    """A row's cells of figures after its number ("12 17% Partial"), not a title or a sentence."""
    words = _cells(rest)
    return _row(rest) and bool(FIGURE.fullmatch(words[0])) and 2 * sum(1 for w in words if FIGURE.fullmatch(w)) \
        >= len(words)


_LABEL = re.compile(r"(?:^|(?<=\s))(\d{1,3}\.\d{1,3})\s+")


def _merged_rows(text: str) -> bool:
    """Rows of a table of figures read as one block ("3.1 Self-neglect and hoarding 42 17% 3.2 Mental capacity 38
    15% ..."): at least :data:`MIN_MERGED` numbers following on one from the next, the first opening the block, each
    row's words a few, ending on a figure."""
    starts: list[re.Match[str]] = []
    for m in _LABEL.finditer(text):
        if (not starts and m.start() == 0) or (starts and next_after(num_key(starts[-1][1]), num_key(m[1]))):
            starts.append(m)
    if len(starts) < MIN_MERGED:
        return False
    rests = [text[m.end():n.start()] for m, n in zip(starts, [*starts[1:], None], strict=True)
             if n is not None] + [text[starts[-1].end():]]
    return all(_row(r) and bool(FIGURE.fullmatch(_cells(r)[-1])) for r in rests)


def rows_aside(blocks: list[Block], number: Callable[[str], tuple[str, str] | None]) -> list[Block]:
    """``blocks`` with the rows that are no paragraphs made ``aside`` blocks: a row of figures; a table's row (its
    cells parted by " | ") opening with a number; a run of rows whose numbers open paragraphs of prose further on, or
    one row whose number opens the next numbered paragraph. ``number`` is the document's multi-level number at a
    block's start and the rest (``passages._multilevel``)."""
    found = [number(b.text) if b.kind == "para" else None for b in blocks]
    keys = [num_key(f[0]) if f and "." in f[0] and f[0][0].isdigit() else None for f in found]
    rows = [f is not None and k is not None and _row(f[1]) for f, k in zip(found, keys, strict=True)]
    aside = {i for i, (b, f) in enumerate(zip(blocks, found, strict=True))
             if f and rows[i] and (_figures(f[1]) or (b.table is not None and " | " in f[1]))}
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and rows[j] and blocks[j].table is None \
                and (j == i or next_after(keys[j - 1], keys[j])):  # type: ignore[arg-type]
            j += 1
        later = [k for k in range(j, len(blocks)) if keys[k] is not None and _prose(found[k][1])]  # type: ignore[index]
        again = {keys[k] for k in later} & {keys[k] for k in range(i, j)}
        if len(again) >= MIN_ROWS or (j - i == 1 and later and keys[later[0]] == keys[i]):
            aside.update(range(i, j))
        i = max(j, i + 1)
    aside.update(i for i, b in enumerate(blocks) if b.kind == "para" and _merged_rows(b.text))
    tables = {blocks[i].table for i in aside} - {None}  # a table with such rows: its header row too
    aside.update(i for i, b in enumerate(blocks) if b.table in tables)
    aside.update(i for i, b in enumerate(blocks[:-1]) if i + 1 in aside and b.kind == "heading"
                 and len(b.text.split()) <= ROW_WORDS and not b.text[:1].isdigit())  # a header row set in bold
    return [dataclasses.replace(b, kind="aside") if i in aside else b for i, b in enumerate(blocks)]
