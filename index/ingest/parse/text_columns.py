"""Two columns side by side in plain text, as ``pdftotext -layout`` writes a two-column report: every line holds
a line of the left column, a gutter of spaces and a line of the right column. Such a page is read as a PDF page
with two columns is: the left column, then the right. A line that crosses the gutter (a running head, a title
set across the page) and a page number stay where they are, and the columns are read band by band between
such lines."""

from __future__ import annotations

import statistics

from ..clean import is_page_number

# a line's half must read as prose, not as a table's short cells: words per half, on average
_MIN_WORDS = 4


def _gutter(lines: list[str]) -> int | None:
    """Where the gutter starts: the column in the middle of the page that the fewest lines print on, when
    most lines print on both sides of it."""
    text = [ln for ln in lines if ln.strip()]
    width = max((len(ln) for ln in text), default=0)
    if len(text) < 8 or width < 60:
        return None
    ink = [0] * width
    for ln in text:
        for i, ch in enumerate(ln):
            if ch != " ":
                ink[i] += 1
    lo, hi = int(0.3 * width), int(0.7 * width)
    least = min(ink[lo:hi])
    if least > 0.15 * len(text):
        return None
    # the gutter: the run of least-printed columns (a centred title prints across it), inside a valley of little-
    # printed ones (a ragged right edge, paragraph numbers hanging in the gutter)
    start = min(range(lo, hi), key=lambda i: (ink[i], i))
    while start > lo and ink[start - 1] <= least:
        start -= 1
    end = start
    while end < width and ink[end] <= least:
        end += 1
    low = least + max(1.0, 0.05 * len(text))
    valley = [i for i in range(max(0, start - 3), min(width, end + 3)) if ink[i] <= low]
    if len(valley) < 2:
        return None
    both = [ln for ln in text if ln[:start].strip() and ln[end:].strip() and not ln[start:end].strip()]
    if len(both) < max(5, 0.15 * len(text)):
        return None
    if statistics.mean(len(ln[:start].split()) for ln in both) < _MIN_WORDS or \
            statistics.mean(len(ln[end:].split()) for ln in both) < _MIN_WORDS:
        return None
    return start


def unfold_columns(page: str) -> str:
    """The page's text with two columns set side by side read one after the other (unchanged otherwise)."""
    lines = page.expandtabs(8).split("\n")
    at = _gutter(lines)
    if at is None:
        return page
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        indent = min((len(r) - len(r.lstrip()) for r in right if r.strip()), default=0)
        out.extend(left)  # a paragraph the left column ends in runs on at the top of the right one
        out.extend(r[indent:] for r in right)
        left.clear()
        right.clear()

    for ln in lines:
        if (ln[at:at + 2].strip() and ln[:at].strip()) or is_page_number(ln.strip()):  # across the gutter, a folio
            flush()
            out.append(ln)
            continue
        left.append(ln[:at].rstrip())
        right.append(ln[at:].rstrip())
    flush()
    return "\n".join(out)
