"""A plain text's line numbers in a left margin, and its paragraphs across pages (blind round 56).

A legal or records extract (a text made for a subject access request, a court's or a tribunal's copy of a
document) numbers every line of a page in a left margin so that it can be cited as "page 4, line 12", the blank
lines too, so that a bare number stands between two paragraphs. The numbers are the extract's, not the report's:
taken off, a numbered blank line is blank again and a paragraph's own number opens its first line as it was printed.
Such an extract keeps each source page's running head and footer set off by blank lines; once they are dropped, a
paragraph the page broke off runs on past those blank lines (:func:`run_on_pages`). A line-numbered manuscript (a
preprint, a journal's submission; blind round 64) numbers its lines through the whole text instead, so a page's
run picks up the count where the page before stopped, however few lines the last page holds.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..clean import Line
from .common import BULLET_RE, PARA_START_RE

# a line of the margin: its number, then the line's text after a gap (or nothing: a numbered blank line)
_NUMBERED = re.compile(r"^([ \t]*)(\d{1,4})(?:([ \t]+)(\S.*)?)?$")
LEAST = 8  # numbered lines in a run counting on by one, before it is taken for a margin of line numbers
RESUMED_WITHIN = 12  # lines after a margin (its folio, a form feed, the running head) where its count may go on
_WORDED = re.compile(r"[^\W\d_]{2}")


def without_line_numbers(raw: str) -> str:
    """The text with each run of line numbers taken off: eight or more lines in a row (an unnumbered blank line
    may stand among them) whose leading numbers count on by one, half or more of those not blank before words,
    and the run numbering its blank lines (two bare numbers or more) or wrapping its sentences (a fifth of its
    worded lines go on in lower case). A numbered list, a paragraph to a line, counts on by one too but has
    neither. The margin goes up to the run's text column (the nearest a line's words stand to the number), so that
    a hanging paragraph's continuation lines keep their indent. A run of any length that goes on with the count of
    the margin just before it (its first number the one after that margin's last, within a few lines of it: a
    manuscript's lines numbered through every page, the last page holding only a few) is the same margin."""
    lines = raw.split("\n")
    k = 0
    last: tuple[int, int] | None = None  # the line and the number a margin of line numbers last ended on
    while k < len(lines):
        run = _run(lines, k)
        resumed = bool(run) and last is not None and run[0] - last[0] <= RESUMED_WITHIN \
            and _number(lines[run[0]]) == last[1] + 1
        if run and (resumed or (len(run) >= LEAST and _is_margin([lines[i] for i in run]))):
            last = run[-1], _number(lines[run[-1]])
            _take_off(lines, run)
            k = run[-1] + 1
        else:
            k += 1
    return "\n".join(lines)


def _number(line: str) -> int:
    m = _NUMBERED.match(line)
    return int(m.group(2)) if m else -1


def _run(lines: list[str], start: int) -> list[int]:
    """The numbered lines of the run beginning at ``start``, its numbers counting on by one."""
    run: list[int] = []
    last = None
    for i in range(start, len(lines)):
        m = _NUMBERED.match(lines[i])
        if m is None:
            if lines[i].strip() or not run:
                break
            continue  # an unnumbered blank line inside the run
        n = int(m.group(2))
        if last is not None and n != last + 1:
            break
        run.append(i)
        last = n
    return run


def _is_margin(run: list[str]) -> bool:
    texts = [m.group(4) or "" for m in (_NUMBERED.match(t) for t in run) if m]
    worded = [t for t in texts if _WORDED.search(t)]
    bare = sum(1 for t in texts if not t)
    wrapped = sum(1 for t in worded if t[:1].islower())
    return len(worded) >= max(3, 0.5 * (len(run) - bare)) and (bare >= 2 or wrapped >= 0.2 * len(worded))


def _take_off(lines: list[str], run: list[int]) -> None:
    """The margin taken off each line of the run: its number, and the gap up to the run's text column."""
    found = {i: m for i in run if (m := _NUMBERED.match(lines[i]))}
    column = min((len(lines[i][:m.start(4)].expandtabs(8)) for i, m in found.items() if m.group(4)), default=0)
    for i, m in found.items():
        if not m.group(4):
            lines[i] = ""
            continue
        at = len(lines[i][:m.start(4)].expandtabs(8))
        lines[i] = " " * (at - column) + m.group(4)


def run_on_pages(pages: list[list[Line]]) -> list[list[Line]]:
    """Paged plain text with its running matter dropped: where a page's first text line goes on with the paragraph
    the page before broke off, the blank lines at that page's foot and head (those that set off the running head
    and footer) are dropped, so that the paragraph runs on. It goes on when it opens with a lower-case letter, or,
    in a layout of hanging numbers (three or more numbered lines whose next line stands at one indent, the text's),
    when it is an unnumbered line at that indent after a line of text at it or of a numbered paragraph."""
    indent = _hanging_indent([ln for p in pages for ln in p if ln.text])
    out = [list(p) for p in pages]
    for before, page in itertools.pairwise(out):
        last = next((ln for ln in reversed(before) if ln.text), None)
        first = next((ln for ln in page if ln.text), None)
        if last is None or first is None or PARA_START_RE.match(first.text) or BULLET_RE.match(first.text):
            continue
        hanging = indent is not None and first.x0 == indent and (
            last.x0 == indent or (PARA_START_RE.match(last.text) is not None and len(last.text.split()) >= 8))
        if first.text[:1].islower() or hanging:
            while before and not before[-1].text:
                before.pop()
            while page and not page[0].text:
                page.pop(0)
    return out


def _hanging_indent(lines: list[Line]) -> float | None:
    """The indent of a paragraph's second line where three or more numbered lines hang their number before it."""
    seen = Counter(b.x0 for a, b in itertools.pairwise(lines)
                   if a.page == b.page and PARA_START_RE.match(a.text) and b.x0 > a.x0 + 1
                   and not PARA_START_RE.match(b.text))
    at, n = max(seen.items(), key=lambda kv: kv[1], default=(0.0, 0))
    return at if n >= 3 else None
