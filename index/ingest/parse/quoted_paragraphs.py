"""A review's paragraph quoted in an indented block, under a lead-in that names it.

Letters, briefings and judgments written in reply to a review quote its paragraphs word for word in a block set in
from their own text, after a lead-in that says which paragraph it is: "Paragraph 4.2 of the review says:", "At
paragraph 4.2 the review found:", "The report says at paragraph 4.2:". Some blocks print the number before the
text ("Paragraphs 4.5 and 4.6 of the review say:", then "4.5 ...", "4.6 ..."); many hold the text only, the
number being in the lead-in. Either way the block is that paragraph: it is read as a line of its own (its lines
joined, across a page break too), labelled with the number the lead-in gives where it prints none; and the
paragraph ends with the block, for what follows at the writer's own indent ("I agree. ...") is the writer's, not
the review's (the block's ``table`` mark: :func:`..passages.cut_passages` ends a paragraph there).

Only a lead-in that names the review or report ("of the review", "the report found") and ends in a colon moves
anything, and only a block set in from the lead-in's line; a line that merely mentions numbers ("5.3 and 5.4, and
I will write ...") or quotes another document's paragraph ("of the statutory guidance", "of the previous review")
is left as it stands, and so is a block whose printed numbers are not the ones the lead-in names.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from ...types import Block
from ..clean import Line
from ..hyphens import Vocabulary, join_lines, word_vocabulary
from .displayed_quotes import displayed_quotations

_N = r"\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?"
_NUMS = rf"{_N}(?:\s*(?:,\s*and|,|and|&|to|[–-])\s*{_N}){{0,5}}"  # "4.5 and 4.6", "4.5 to 4.7"
# the review or report the quotation is from: "the review", "your thematic review", "the Collaborative's report";
# not another one ("the previous review", "the 2019 report")
_DOC = (r"(?:the|your|this|its)\s+(?!(?:previous|earlier|last|former|first|original|prior|other|\d{4})\b)"
        r"(?:[\w’'-]+\s+){0,2}?(?:review|report)\b")
_SAYS = r"(?:[\s,]+[\w’'-]+){0,4}\s*:$"  # "says:", "found, in part:"
LEAD_IN = re.compile(
    rf"\bparagraphs?\s+(?P<a>{_NUMS})\s+of\s+{_DOC}{_SAYS}"  # "Paragraph 4.2 of the review says:"
    rf"|\b(?:at|in)\s+paragraphs?\s+(?P<b>{_NUMS}),?\s+{_DOC}{_SAYS}"  # "At paragraph 4.2 the review found:"
    rf"|\b{_DOC}\s+\w+\s+(?:at|in)\s+paragraphs?\s+(?P<c>{_NUMS})(?:,?\s+that)?\s*:$",  # "... says at paragraph 4.2:"
    re.IGNORECASE)
_PRINTED = re.compile(rf"^(?P<num>{_N})\.?\s+(?=\S)")  # the number a quoted paragraph prints before its text
MIN_INDENT = 12.0  # points the block is set in from the lead-in's line at least
SAME_EDGE = 2.0  # points a quoted line may stand left of the block's first line
LEAD_LINES = 3  # lines the lead-in's sentence is read back over
MOST_LINES = 200  # lines of one quoted block
MOST_LEAD_CHARS = 600


def _lead_in(lines: list[Line], i: int) -> list[str] | None:
    """The paragraph numbers named by a lead-in ending on line ``i``, or None."""
    if not lines[i].text.rstrip().endswith(":"):
        return None
    start = i
    while start > 0 and i - start < LEAD_LINES - 1 and lines[start - 1].page == lines[i].page \
            and 0 < lines[start].top - lines[start - 1].top <= 2 * max(lines[start].size, 1.0):
        start -= 1
    text = " ".join(ln.text.strip() for ln in lines[start:i + 1])[-MOST_LEAD_CHARS:]
    m = LEAD_IN.search(text)
    if m is None:
        return None
    return re.findall(_N, m["a"] or m["b"] or m["c"])


def _follows(prev: Line, ln: Line) -> bool:
    """``ln`` is the next line of a block after ``prev``: close below it, or at the top of the next page."""
    if ln.page == prev.page:
        return ln.column == prev.column and 0 < ln.top - prev.top <= 2.5 * max(prev.size, 1.0)
    return ln.page == prev.page + 1


def _block(lines: list[Line], i: int) -> list[Line]:
    """The lines set in from the lead-in on line ``i``, from the line after it while they keep that indent."""
    if i + 1 >= len(lines) or not _follows(lines[i], lines[i + 1]) \
            or lines[i + 1].x0 < lines[i].x0 + MIN_INDENT or lines[i + 1].row or lines[i + 1].aside:
        return []
    first = lines[i + 1]
    run = [first]
    for ln in lines[i + 2:i + 1 + MOST_LINES]:
        if ln.x0 < first.x0 - SAME_EDGE or not _follows(run[-1], ln) or abs(ln.size - first.size) > 1.0 \
                or ln.row or ln.aside:
            break
        run.append(ln)
    return run


def _parts(run: list[Line]) -> list[list[Line]]:
    """The block cut where a quoted paragraph prints its number at the block's edge, or after a wider gap."""
    pitch = min((b.top - a.top for a, b in itertools.pairwise(run) if b.page == a.page), default=0.0)
    parts: list[list[Line]] = [[run[0]]]
    for prev, ln in itertools.pairwise(run):
        numbered = abs(ln.x0 - run[0].x0) <= SAME_EDGE and _PRINTED.match(ln.text) is not None
        gap = pitch > 0 and ln.page == prev.page and ln.top - prev.top > 1.4 * pitch
        if numbered or gap:
            parts.append([])
        parts[-1].append(ln)
    return parts


def _labelled(parts: list[list[Line]], named: list[str]) -> list[str] | None:
    """The text to put before each part: "" where it prints its number, the lead-in's number where it prints
    none; None where the two do not agree."""
    printed = [m["num"] if (m := _PRINTED.match(p[0].text)) else None for p in parts]
    if all(printed):  # each prints its own: those the lead-in names, or the first and last of its range
        return [""] * len(parts) if printed == named or [printed[0], printed[-1]] == named else None
    if len(parts) != len(named) or any(p is not None and p != n for p, n in zip(printed, named, strict=True)):
        return None
    return ["" if p else f"{n} " for p, n in zip(printed, named, strict=True)]


def _joined(part: list[Line], before: str, vocab: Vocabulary) -> Line:
    text = before + part[0].text
    for ln in part[1:]:
        text = join_lines(text, ln.text, vocab)
    last = [ln for ln in part if ln.page == part[0].page][-1]
    return dataclasses.replace(part[0], text=text, bottom=last.bottom, x1=max(ln.x1 for ln in part), row=True)


def quoted_lines(pages: list[list[Line]]) -> tuple[list[list[Line]], set[tuple[int, str]]]:
    """The pages with each quoted paragraph one line of its own (a row, so a block of its own), and the (page,
    text) of those lines."""
    lines = [ln for p in pages for ln in p]
    vocab = word_vocabulary([ln.text for ln in lines])
    put: dict[int, Line] = {}  # id of a block's first line -> the quoted paragraph's line
    gone: set[int] = set()
    i = 0
    while i < len(lines):
        named = _lead_in(lines, i)
        run = _block(lines, i) if named else []
        parts = _parts(run) if run else []
        labels = _labelled(parts, named or []) if parts else None
        if labels is None:
            i += 1
            continue
        for part, before in zip(parts, labels, strict=True):
            put[id(part[0])] = _joined(part, before, vocab)
            gone.update(id(ln) for ln in part)
        i += 1 + len(run)
    if not put:
        return pages, set()
    out = [[put.get(id(ln), ln) for ln in p if id(ln) in put or id(ln) not in gone] for p in pages]
    return out, {(ln.page, ln.text.replace("\u00ad", "")) for ln in put.values()}


def quoted_paragraphs(pages: list[list[Line]], group: Callable[[list[list[Line]]], list[Block]]) -> list[Block]:
    """``group`` (lines to blocks) over the pages, each quoted paragraph a block of its own that its paragraph ends
    with (a ``table`` mark of its own, after any table's)."""
    pages, quoted = quoted_lines(pages)
    pages, displayed = displayed_quotations(pages)  # a review's paragraphs in a block set in from both edges
    quoted |= displayed
    quoted |= {(ln.page, ln.text.replace("\u00ad", "")) for p in pages for ln in p if ln.quoted}  # a table's extracts
    blocks = group(pages)
    mark = max((b.table for b in blocks if b.table is not None), default=0) + 1
    for b in blocks:
        if (b.page, b.text) in quoted:
            b.table, mark = mark, mark + 1
    return blocks
