"""A records system's fixed-width export of a report (blind round 52): under a header line and a rule of dash
runs ("RECORD-ID       SEG TYP TEXT" over "--------------- --- --- ------"), every row fills the leading columns
(a record id, a segment number, a type) and the last column holds up to a line of the report's text. A paragraph
is one record split over several rows.

The leading columns are the system's, not the report's: each row keeps only its text; a record's rows are one line,
a block of its own, where it starts (its rows after a page's header join it there); and the header and its rule,
printed again on every page, go.
"""

from __future__ import annotations

import itertools
import re

_RULE = re.compile(r"^-{2,}(?: -{2,}){1,5}[ \t]*$", re.MULTILINE)
MIN_ROWS = 5  # fewer rows than this in the columns: a table of the report's own, not an export


def record_rows(raw: str) -> str:
    """The report's text of a fixed-width export, a record per block; any other text as it was."""
    m = _RULE.search(raw)
    if m is None:
        return raw
    rule = m.group().rstrip()
    starts = [g.start() for g in re.finditer(r"-+", rule)]
    text_at = starts[-1]
    lines = raw.split("\n")
    header = _header_of(lines, raw[: m.start()].count("\n"))
    out: list[str] = []
    rows = 0
    last: tuple[str, int] | None = None  # the record read last, and its line in ``out``
    for line in lines:
        if line.rstrip() == rule or (header is not None and line.rstrip() == header):
            continue
        row = _row(line, starts)
        if row is None:
            out.append(line)
            continue
        rows += 1
        text = line[text_at:].strip()
        if last is not None and row[0] == last[0]:  # the record goes on, over a page's header too
            out[last[1]] += " " + text
            continue
        out.extend(["", text])
        last = (row[0], len(out) - 1)
    return "\n".join(out) if rows >= MIN_ROWS else raw


def _header_of(lines: list[str], at: int) -> str | None:
    """The column names above the rule (the last non-blank line before it)."""
    for line in reversed(lines[:at]):
        if line.strip():
            return line.rstrip()
    return None


def _row(line: str, starts: list[int]) -> list[str] | None:
    """The leading columns' values when ``line`` fills each of them at its start, else None."""
    text_at = starts[-1]
    if len(line) <= text_at or line[text_at - 1] != " ":
        return None
    values = []
    for a, b in itertools.pairwise(starts):
        cell = line[a:b]
        if not cell.strip() or cell[0] == " " or (a and line[a - 1] != " "):
            return None
        values.append(cell.strip())
    return values
