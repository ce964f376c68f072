"""Numbers in a PDF's margins: paragraph numbers printed without a full stop (left or right), and line numbers."""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
from collections.abc import Callable, Collection, Sequence

from ..clean import Line

BARE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=\S)")
MARGIN_NUMBER_RUN = 0.8  # of consecutive margin numbers, at least this share must count on by one


def counts_on(numbers: Sequence[int | tuple[int, ...]], least: int = 3, share: float = MARGIN_NUMBER_RUN) -> bool:
    """At least ``least`` numbers, and ``share`` of the steps between them count on: by one (4 after 3), or
    for numbers of several levels as :func:`_follows` says (2.4 after 2.3, 3.1 after 2.6)."""
    keys = [n if isinstance(n, tuple) else (n,) for n in numbers]
    steps = [_follows(a, b) for a, b in itertools.pairwise(keys)]
    return len(keys) >= least and sum(steps) >= share * len(steps)


def with_stop(text: str) -> str:
    """A line opening with a bare number, the number written "5." so that the cutter reads it as it reads a
    printed one."""
    return BARE_NUMBER.sub(lambda m: f"{m.group(1)}. ", text, count=1)


def _column_margins(lines: list[Line], margin: float) -> dict[tuple[int, int], float]:
    """The left edge of the text in each column of each page (parse/columns.py numbers a page's columns):
    where most of its lines start. A column of fewer than three lines has the document's ``margin``."""
    starts: dict[tuple[int, int], list[int]] = {}
    for ln in lines:
        starts.setdefault((ln.page, ln.column), []).append(round(ln.x0))
    return {key: float(statistics.mode(xs)) if len(xs) >= 3 else margin for key, xs in starts.items()}


def margin_numbers(lines: list[Line], margin: float) -> list[Line]:
    """Paragraph numbers printed without a full stop in the left margin ("5   Mr P was a man ..."): a bare
    number is no paragraph number at a line's start (a running footer with its page number looks the
    same), but one hanging out of its column, left of where the column's lines start, is, when such numbers count
    on by one through the document (line numbers in a transcript's margin go by fives and start again on
    each page). They are written "5." so that the cutter reads them as it reads printed ones."""
    margins = _column_margins(lines, margin)
    hanging = [i for i, ln in enumerate(lines)
               if BARE_NUMBER.match(ln.text)
               and margins[(ln.page, ln.column)] - 48 < ln.x0 <= margins[(ln.page, ln.column)] - 3]
    if not counts_on([int(lines[i].text.split(None, 1)[0]) for i in hanging]):
        return lines
    hanging = sorted(hanging + _indented_run_ins(lines, hanging))
    out = list(lines)
    for i in hanging:
        out[i] = dataclasses.replace(out[i], text=with_stop(out[i].text))
    return out


def _indented_run_ins(lines: list[Line], hanging: list[int]) -> list[int]:
    """Bare numbers at their column's edge whose paragraph's next lines are indented, as the numbers that hang
    are (a page whose column starts with unnumbered text sets its edge there), taken where they count on into
    the hanging numbers' run: "1", "2", "3" on the first page, before "4" hangs on the next."""
    number = {i: int(lines[i].text.split(None, 1)[0]) for i in hanging}
    run_in = [i for i, ln in enumerate(lines[:-1]) if i not in number and BARE_NUMBER.match(ln.text)
              and (nxt := lines[i + 1]).page == ln.page and nxt.column == ln.column and 3 < nxt.x0 - ln.x0 <= 48
              and not BARE_NUMBER.match(nxt.text)]
    taken: list[int] = []
    for i in run_in:  # one more than the nearest number before it ...
        before = max((j for j in number if j < i), default=None)
        if before is not None and int(lines[i].text.split(None, 1)[0]) == number[before] + 1:
            number[i] = number[before] + 1
            taken.append(i)
    for i in reversed(run_in):  # ... or one less than the nearest number after it
        after = min((j for j in number if j > i), default=None)
        if i not in number and after is not None and int(lines[i].text.split(None, 1)[0]) == number[after] - 1:
            number[i] = number[after] - 1
            taken.append(i)
    return taken


_TRAILING_NUMBER = re.compile(r"^(?P<text>\S.*?)\s+(?P<num>\d{1,3}(?:\.\d{1,3}){0,2})$")
RIGHT_GAP = 12.0  # points beyond the column's right edge from which a line's last number is in the margin


def _labelled(num: str, text: str) -> str:
    """A margin's number put at the start of its line as the cutter reads printed ones ("1. ...", "2.3 ...")."""
    return f"{num}{'' if '.' in num else '.'} {text}"


def _follows(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether number ``b`` comes next after ``a``: 4 after 3, 2.4 after 2.3, 3.1 after 2.6."""
    if len(a) != len(b):
        return False
    return (b[:-1] == a[:-1] and b[-1] == a[-1] + 1) or (b[0] == a[0] + 1 and all(x == 1 for x in b[1:]))


def right_margin_numbers(lines: list[Line]) -> list[Line]:
    """Paragraph numbers printed in the right margin beside a paragraph's first line, which the line reads
    as its last word ("... were examined 1", "... of his 2.3"): a number ending a line that reaches
    ``RIGHT_GAP`` or more beyond where the lines of its column end on that page (nearly all of them: a justified
    line ending "aged 15" does not; a booklet's pages sit at two places, its outer margins mirrored), when such
    numbers count on through the document. Each moves to its line's start ("1.", "2.3")."""
    found = {i: m for i, ln in enumerate(lines) if (m := _TRAILING_NUMBER.match(ln.text))}
    if len(found) < 3:
        return lines
    ends: dict[tuple[int, int], list[float]] = {}
    for i, ln in enumerate(lines):
        if i not in found:
            ends.setdefault((ln.page, ln.column), []).append(ln.x1)
            ends.setdefault((-1, ln.column), []).append(ln.x1)
    edges = {key: sorted(xs)[int(0.95 * (len(xs) - 1))] for key, xs in ends.items() if len(xs) >= 5}

    def edge(ln: Line) -> float | None:
        return edges.get((ln.page, ln.column), edges.get((-1, ln.column)))

    hanging = [i for i in found if (e := edge(lines[i])) is not None and lines[i].x1 >= e + RIGHT_GAP]
    if not counts_on([tuple(int(x) for x in found[i]["num"].split(".")) for i in hanging]):
        return lines
    out = list(lines)
    for i in hanging:
        num = found[i]["num"]
        out[i] = dataclasses.replace(out[i], text=_labelled(num, found[i]["text"]),
                                     x1=edge(lines[i]) or lines[i].x1)  # the line itself ends at its column's edge
    return out


_LINE_NUMBER = re.compile(r"^(\d{1,3})(?:\s+(\S.*))?$")
LINE_NUMBERED = 0.8  # of a page's lines: at least this share open with a number counting on by one


def line_numbers(lines: list[Line]) -> list[Line]:
    """Lines with a page's line numbers taken off ("15 12. The local authority ..." → "12. The local
    authority ..."; a numbered blank line is dropped), as a judgment or a transcript prints them: on a page
    where at least ``LINE_NUMBERED`` of the lines (and eight or more) open with a bare number, and those
    numbers count on by one from line to line, before words. Paragraph numbers in the margin open only a
    paragraph's first line (:func:`margin_numbers`); a table's row numbers come before more figures."""
    out: list[Line] = []
    for _, group in itertools.groupby(lines, key=lambda ln: ln.page):
        page = list(group)
        found = [(k, int(m.group(1)), m.group(2)) for k, ln in enumerate(page) if (m := _LINE_NUMBER.match(ln.text))]
        worded = sum(1 for _, _, text in found if text and re.search(r"[^\W\d_]{2}", text))
        if len(found) < LINE_NUMBERED * len(page) or not counts_on([n for _, n, _ in found], 8, LINE_NUMBERED) \
                or worded < 0.5 * len(found):  # a table's row numbers before its figures stay
            out += page
            continue
        rest = {k: text for k, _, text in found}
        out += [dataclasses.replace(ln, text=rest[k]) if k in rest else ln for k, ln in enumerate(page)
                if k not in rest or rest[k]]
    return out


def _paragraph_lines(lines: list[Line], margin: float, pitch: float) -> tuple[
        dict[tuple[int, int], float], Callable[[Line, Line], bool], Callable[[Line], bool]]:
    """Each column's text edge; whether line b follows line a within one paragraph (same page and column, at the
    usual pitch); and whether a line starts at its column's text edge."""
    margins = _column_margins(lines, margin)

    def joined(a: Line, b: Line) -> bool:
        return a.page == b.page and a.column == b.column and 0 < b.top - a.top <= 1.3 * pitch

    def at_text(ln: Line) -> bool:
        return abs(ln.x0 - margins[(ln.page, ln.column)]) <= 3

    return margins, joined, at_text


_HUNG_LABEL = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3}){0,2})\.?\s+(?P<text>\S.*)$")
_ALONE = re.compile(r"^(?P<num>\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)$")  # "4.2" alone on its line, under its block
LAST_LINE_SHARE = 0.8  # of the numbers hanging in the margin beside a paragraph's first or last line: on its last


def last_line_numbers(lines: list[Line], margin: float, pitch: float) -> list[Line]:
    """Paragraph numbers hanging in the left margin beside each paragraph's *last* line, not its first
    (a layout that sets the number on the paragraph's closing baseline): when at least ``LAST_LINE_SHARE``
    of the hanging numbers of paragraphs of two or more lines sit on a line that follows its paragraph's
    line above at the usual pitch and ends it (a wider gap, or a new page after it), and the numbers count
    on, each number moves to its paragraph's first line: up the page, and on to the page before when the
    paragraph began there (the last line of that page carries no number of its own)."""
    margins, joined, at_text = _paragraph_lines(lines, margin, pitch)
    hanging = {i: m for i, ln in enumerate(lines) if (m := _HUNG_LABEL.match(ln.text))
               and margins[(ln.page, ln.column)] - 48 < ln.x0 <= margins[(ln.page, ln.column)] - 3}
    last = [i for i in hanging if i > 0 and joined(lines[i - 1], lines[i]) and at_text(lines[i - 1])
            and (i + 1 == len(lines) or not joined(lines[i], lines[i + 1]))]
    first = [i for i in hanging if i + 1 < len(lines) and joined(lines[i], lines[i + 1])
             and (i == 0 or not joined(lines[i - 1], lines[i]))]
    if len(last) < 3 or len(last) < LAST_LINE_SHARE * (len(last) + len(first)) \
            or not counts_on([tuple(int(x) for x in hanging[i]["num"].split(".")) for i in sorted(hanging)]):
        return lines
    out = list(lines)
    for i in last:
        j = _block_start(lines, i, hanging, at_text, lambda a, b: joined(a, b) or a.page == b.page - 1)
        m = hanging[i]
        out[i] = dataclasses.replace(out[i], text=m["text"], x0=margins[(lines[i].page, lines[i].column)])
        out[j] = dataclasses.replace(out[j], text=_labelled(m["num"], out[j].text), x0=lines[i].x0)
    return out


def far_numbers(lines: list[Line], margin: float, pitch: float) -> list[Line]:
    """Paragraph numbers in small print under a picture, in a column of their own far left of the text (an Easy
    Read booklet, blind round 48): printed level with a later line of their block, not its first. When at least
    three such numbers sit beside a line that follows the line above it at the usual pitch, most of them do, and
    they go up through the document (an Easy Read version keeps the full report's numbers, which skip), each
    moves to the first line of its block."""
    margins, joined, at_text = _paragraph_lines(lines, margin, pitch)
    far = {i: m for i, ln in enumerate(lines) if (m := _HUNG_LABEL.match(ln.text) or _ALONE.match(ln.text))
           and ln.x0 <= margins[(ln.page, ln.column)] - 48}
    later = [i for i in far if i > 0 and joined(lines[i - 1], lines[i]) and at_text(lines[i - 1])]
    keys = [tuple(int(x) for x in far[i]["num"].split(".")) for i in sorted(far)]
    if len(later) < 3 or len(later) < LAST_LINE_SHARE * len(far) or any(a >= b for a, b in itertools.pairwise(keys)):
        return lines
    out = list(lines)
    for i in later:
        m = far[i]
        rest = m.groupdict().get("text") or ""
        j = _block_start(lines, i if rest else i - 1, far, at_text, joined)  # a number alone: its block ends above
        out[i] = dataclasses.replace(out[i], text=rest, x0=margins[(lines[i].page, lines[i].column)])
        out[j] = dataclasses.replace(out[j], text=_labelled(m["num"], out[j].text), x0=lines[i].x0)
    return [ln for ln in out if ln.text]  # a number alone on its line below its block is gone with the move


def _alike(a: Line, b: Line) -> bool:
    """Two lines in the same type (no heading above a paragraph)."""
    return abs(a.size - b.size) < 0.6 and a.bold == b.bold


def _block_start(lines: list[Line], j: int, numbered: Collection[int], at_text: Callable[[Line], bool],
                 follows: Callable[[Line, Line], bool]) -> int:
    """The first line of the block that line ``j`` is in: up through lines at the text's edge, in the same type,
    that ``follows`` joins, to a line with a number of its own (``numbered``) or the block's start."""
    while j > 0 and j - 1 not in numbered and at_text(lines[j - 1]) and _alike(lines[j - 1], lines[j]) \
            and follows(lines[j - 1], lines[j]):
        j -= 1
    return j
