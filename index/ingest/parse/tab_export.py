"""An online form's responses saved from a spreadsheet as tab-delimited text, read as the table it is.

Form builders (Microsoft Forms, Google Forms, SmartSurvey and their kind) download their responses to a spreadsheet,
and a spreadsheet saves them as "Text (Tab delimited)": a header row of the form's columns (an ID, times, e-mail,
then the questions), one row per response, each long answer a quoted cell with its line breaks inside ("1.1 The
..." starting in mid-line after the row's earlier cells, a tab and the opening quote) and straight quotes doubled
inside cells. Read line by line, a cell's first paragraph shares its line with the cells before it and its last
with the next cell's first; read as a table (Python's csv module, the tab dialect) every answer is whole.

So a text whose first line is such a header row (four columns or more, every one named) and whose every row has
that many cells, one at least a quoted cell holding line breaks, is read row by row: each answer's text as a
document of its own, under its column's name as a heading; the header row is never a paragraph. A cell with no
letters (an ID, a time) says nothing; nor does a column the form marks as not for publication ("Anything else we
should know? (not published)"), nor a test response (every answer short, one of them "test" or "please ignore").
A column naming the review's title ("Title of the review") gives the document's title. Anything else (a tab-parted
table among a text's lines, a row short of cells, a header row with an unnamed column) is left to the line reader,
and so is an export past the limits: :data:`MAX_COLUMNS` columns, :data:`MAX_ROWS` responses, a cell over the csv
module's field limit.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from ...types import Block, ParsedDocument

MIN_COLUMNS = 4
MAX_COLUMNS = 500  # a form's questions; a wider table is no form's responses
MAX_ROWS = 2000  # responses read; a longer export is read as lines
_UNPUBLISHED = re.compile(r"\bnot (?:for |to be )?publi(?:shed|cation|sh)\b|\b(?:internal|office) use only\b",
                          re.IGNORECASE)
_TEST = re.compile(r"\s*(?:test(?:ing)?\W*|.*\bplease ignore\b.*)", re.IGNORECASE)
_TITLE = re.compile(r"^(?:title|name) of the (?:review|report)|^(?:review|report) title", re.IGNORECASE)
_SHORT = 12  # words in every answer of a test response


def _rows(raw: str) -> list[list[str]] | None:
    """The export's rows, header first, or None where the text is no such table (read no further than the first
    row of another width, or than :data:`MAX_ROWS` responses)."""
    if raw.split("\n", 1)[0].count("\t") < MIN_COLUMNS - 1 or '"' not in raw:
        return None
    rows: list[list[str]] = []
    try:
        for r in csv.reader(io.StringIO(raw, newline=""), dialect="excel-tab"):
            if not r:  # an empty line between rows
                continue
            if len(rows) > MAX_ROWS or len(r) > MAX_COLUMNS or len(r) != len(rows[0] if rows else r):
                return None
            rows.append(r)
    except csv.Error:  # a cell over the csv module's field limit (131,072 characters), a NUL: no such table
        return None
    if len(rows) < 2 or not all(c.strip() for c in rows[0]):
        return None
    if not any("\n" in c for r in rows[1:] for c in r):  # no quoted cell with line breaks: a text's table, left
        return None
    return rows


def _test_response(row: list[str]) -> bool:
    """A response sent to try the form: every answer with letters in it short, and one says "test" (or "testing"),
    or asks to be ignored."""
    answers = [c for c in row if re.search(r"[^\W\d_]", c)]
    return all(len(c.split()) <= _SHORT for c in answers) and any(_TEST.fullmatch(c) for c in answers)


def read(raw: str, read_text: Callable[[str], ParsedDocument]) -> ParsedDocument | None:
    """The blocks of a form's responses saved as tab-delimited text (see the module's docstring), each answer read
    by ``read_text``; None for any other text. Nesting is bounded: an export quoted inside a cell doubles its quotes."""
    rows = _rows(raw)
    if rows is None:
        return None
    header, blocks, title = rows[0], [], None
    for row in rows[1:]:
        if _test_response(row):
            continue
        for name, cell in zip(header, row, strict=True):
            if _UNPUBLISHED.search(name) or not re.search(r"[^\W\d_]", cell):
                continue
            title = title or (" ".join(cell.split()) if _TITLE.search(name) else None)
            blocks.append(Block(text=" ".join(name.split()), kind="heading", page=None, level=2))
            blocks.extend(read_text(cell).blocks)
    return ParsedDocument(blocks=blocks, pages=None, title=title)
