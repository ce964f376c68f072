"""Headings that the type size alone does not tell: sub-headings set in the body's own size, told apart from
the text only by italics, and text set larger than the body that is not a heading but a part of the report
printed in a larger size (an executive summary in 10.5 pt before a body in 9 pt)."""

from __future__ import annotations

import re

from ..clean import Line
from .common import TERMINAL, looks_like_heading_text

SUBHEADING_WORDS = 10  # an italic sub-heading is at most this many words
TEXT_RUN, TEXT_LINE_CHARS = 3, 60  # lines in a run of running text, and how long two of them are at least
_SENTENCE_END = re.compile(r"[.!?\"”’)\]]$")


def italic_headings(lines: list[Line]) -> set[int]:
    """Indices of lines that are italic sub-headings ("Education and exclusion" above a paragraph): a
    line in italics alone, of a few words without closing punctuation, after a sentence's end, after a
    heading or at the top of a page or column, and before a line in upright type. Italic text inside a
    paragraph follows an unfinished line; a quotation set in italics runs over several italic lines; a
    line after a colon introduces what follows; none of them is a heading."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if not ln.italic or ln.bold or not 1 <= len(ln.text.split()) <= SUBHEADING_WORDS \
                or TERMINAL.search(ln.text) or not looks_like_heading_text(ln.text):
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        starts = prev is None or (prev.page, prev.column) != (ln.page, ln.column) or prev.bold \
            or prev.size >= ln.size + 1 or (bool(_SENTENCE_END.search(prev.text)) and not prev.italic)
        if starts and nxt is not None and not nxt.italic:
            out.add(i)
    return out


def running_text(lines: list[Line]) -> set[int]:
    """Indices of lines in runs of running text: at least ``TEXT_RUN`` consecutive upright lines of one
    column and size, each within two line heights of the one before (or at the top of the next page),
    at least two of them ``TEXT_LINE_CHARS`` long. Such a run is text whatever its size: a heading is a line or two."""
    out: set[int] = set()
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines):
            a, b = lines[i - 1], lines[i]
            near = 0 < b.top - a.top <= 2 * max(a.size, 1.0) if a.page == b.page else b.page == a.page + 1
            same = a.column == b.column and abs(a.size - b.size) < 0.3 and not (a.bold or b.bold) and near
            if same:
                continue
        run = range(start, i)
        if len(run) >= TEXT_RUN and sum(len(lines[k].text) >= TEXT_LINE_CHARS for k in run) >= 2:
            out.update(run)
        start = i
    return out
