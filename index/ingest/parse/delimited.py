"""A CSV or TSV export of a review's numbered paragraphs, one record per action or row, read as that table.

Action trackers, recommendation trackers and spreadsheets of a review's findings (Clearpath-style action systems,
SharePoint lists, Excel's "CSV UTF-8" and "Text (Tab delimited)") export one record per action: a field holding the
number of the review's paragraph the action answers ("3.2", "Para 4.1", "4.1, 4.2") and a field holding that
paragraph's words, copied into every record of its actions, next to the tool's own fields (IDs, owners, dates,
statuses, percentages, updates). A cell keeps the line breaks of text pasted from the review's PDF, and a cell
answering two paragraphs holds both, each typed with its number, an empty line between them.

The file is read as plain text is (:func:`.text.read_text`), then with Python's csv module (its dialect sniffed,
else the suffix's: comma for .csv, tab for .tsv). The two fields are found by what they hold, never by their names:
the paragraph numbers are a column whose every filled cell, from its first number to its last, is a list of
paragraph numbers (a second header row or a title above them, a key below them, are not); the text is a column of
sentences (:data:`MIN_WORDS` words a cell on average). Where more than one pair would do, the pair that goes
together wins (the same number always with the same text, and the same text always with the same number: an action's
own number changes along a paragraph's repeated text, and an update changes along a repeated number), and of those
the pair with more records repeating a number with its text (an action's number and its update go together
trivially, each once), then a column named as paragraphs, then multi-level numbers, then the longer text. A first
record whose number cell is no number is the header; records of one filled cell (a title, a heading merged across
the row) are not looked at.

Each paragraph is one block, its number before its text (the pasted line breaks read as spaces), with its text at
its first record: a record repeating a paragraph already read adds nothing, and a record with no number adds nothing,
but for one whose only filled cell is the text's, just after a paragraph's record: the paragraph carried on to the
next row, or one marked "(cont.)" in the number's cell (see :func:`table_paragraphs`). A paragraph number a
spreadsheet shortened ("4.10" stored as the number 4.1 and exported as "4.1") is read as it was typed where it comes
just after "4.9" and "4.1" has been read with other text.
The paragraphs go in the order of their numbers, which is the review's: a tracker sorted by owner, agency or status
still reads as the review it answers (and its numbers still move forward, as the passage cutter needs them to). No
pages (None).

A CSV with no such pair of columns is refused with one line (:class:`UnsupportedFormat`), and so is one over the
limits (:data:`..limits.MAX_RECORDS` records, :data:`..limits.MAX_FIELDS` fields, a cell over the csv module's field
limit), with :class:`ResourceLimit`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from string import ascii_letters

from ...errors import CorruptDocument, ResourceLimit, UnsupportedFormat
from ...types import Block, ParsedDocument
from .common import even_rows
from .limits import MAX_FIELDS, MAX_RECORDS
from .text import read_text

MIN_WORDS = 10  # the mean words of a text column's filled cells
MAX_CANDIDATES = 16  # columns of numbers, and of text, paired
_SAMPLE = 64 * 1024  # characters the dialect is sniffed from
_PART = r"(?:0|[1-9]\d{0,2})"  # a number's part never starts with a zero: "31.03.26" is a date
_NUMBER = rf"(?:{_PART}(?:\.{_PART}){{1,3}}[a-z]?|[1-9]\d{{0,3}}[A-Z]?)"
# a cell of paragraph numbers: "3.2", "3.2.", "Para 3.2", "paras 4.1, 4.2", "§ 12", "4.1 and 4.2", "4.1-4.3"
_NUMBERS = re.compile(rf"(?:(?:para(?:graph)?s?\.?|§+)\s*)?(?P<first>{_NUMBER})\.?"
                      rf"(?:\s*(?:[,;&–-]|\band\b|\bto\b)\s*{_NUMBER}\.?)*", re.IGNORECASE)
_TYPED = re.compile(rf"(?:(?:para(?:graph)?\.?|§)\s*)?(?P<num>{_NUMBER})[.:]?[ \t\u00a0]+(?=\S)", re.IGNORECASE)
_PARAS = re.compile(r"\bpara|¶|§", re.IGNORECASE)
_CONTINUED = re.compile(r"\(?(?:cont(?:inued|'?d)?|ctd)\.?\)?", re.IGNORECASE)  # "(cont.)": the row above goes on
_ENDED = re.compile(r"[.!?:;][\"'”’)\]]*$")  # text that ends a sentence


def _dialects(text: str, suffix: str) -> list[type[csv.Dialect]]:
    """The sniffed dialect, then the suffix's."""
    default = csv.excel_tab if suffix == ".tsv" else csv.excel
    try:
        return [csv.Sniffer().sniff(text[:_SAMPLE], delimiters=",;\t|"), default]
    except csv.Error:
        return [default]


def _read(path: Path, text: str, dialect: type[csv.Dialect]) -> list[list[str]] | None:
    """The records in one dialect (empty ones dropped), None where the csv module cannot read them so."""
    rows: list[list[str]] = []
    try:
        for r in csv.reader(io.StringIO(text, newline=""), dialect):
            if len(rows) >= MAX_RECORDS:
                raise ResourceLimit(f"{path}: refused: the CSV holds more than {MAX_RECORDS:,} records")
            if len(r) > MAX_FIELDS:
                raise ResourceLimit(f"{path}: refused: a CSV record holds more than {MAX_FIELDS:,} fields")
            if any(c.strip() for c in r):
                rows.append(r)
    except csv.Error as exc:  # a cell over the csv module's field limit; a stray quote in a strict dialect
        if "field larger" in str(exc):
            raise ResourceLimit(f"{path}: refused: a CSV cell is over the limit of {csv.field_size_limit():,} "
                                "characters") from None
        return None
    return rows


def _records(path: Path, text: str) -> list[list[str]]:
    """The file's records, read in the first dialect whose records are all one width (else the last that reads,
    short records filled out with empty cells)."""
    rows: list[list[str]] | None = None
    for dialect in _dialects(text, path.suffix.lower()):
        got = _read(path, text, dialect)
        rows = rows if got is None else got
        if rows is not None and len({len(r) for r in rows}) == 1:
            return rows
    if rows is None:
        raise CorruptDocument(f"{path}: not readable as CSV")
    return even_rows(rows)


def _words(cell: str) -> str:
    """A cell's text on one line: line breaks (a pasted PDF's) read as spaces, a word broken at a hyphen joined."""
    return " ".join(re.sub(r"(?<=[^\W\d_]-)\n(?=[a-z])", "", cell).split())


def _pair_score(rows: list[list[str]], n: int, t: int, header: list[str]) -> tuple[bool, int, bool, bool, float]:
    """How well column ``n`` (numbers) and column ``t`` (text) go together (see the module's docstring)."""
    by_number: dict[str, set[str]] = {}
    by_text: dict[str, set[str]] = {}
    filled = [(_words(r[n]), _words(r[t])) for r in rows if r[n].strip() and r[t].strip()]
    for number, text in filled:
        by_number.setdefault(number, set()).add(text)
        by_text.setdefault(text, set()).add(number)
    together = all(len(s) == 1 for s in by_number.values()) and all(len(s) == 1 for s in by_text.values())
    multi = sum("." in nb for nb, _ in filled) > len(filled) / 2
    words = sum(len(tx.split()) for _, tx in filled) / max(len(filled), 1)
    shown = len(filled) - len(by_number) if together else 0  # records that repeat a number with its text
    return together, shown, bool(_PARAS.search(header[n])) if header else False, multi, words


def _filled(row: list[str]) -> int:
    return sum(1 for c in row if c.strip())


def _numbers(cells: list[str], records: int) -> bool:
    """Whether a column's filled cells are paragraph numbers: in at least half the records, every cell from the
    first number to the last one is one, and those before and after are words (a sheet's second header or title row
    above, a key below), not figures."""
    hits = [bool(_NUMBERS.fullmatch(_words(x))) for x in cells]
    if sum(hits) * 2 < records:
        return False
    first, last = hits.index(True), len(hits) - hits[::-1].index(True)
    return all(hits[first:last]) and all(re.search(r"[^\W\d_]{2}", x) for x in cells[:first] + cells[last:])


def _columns(rows: list[list[str]]) -> tuple[int, int] | None:
    """The number column and the text column, or None where the records have no such pair. Records of one filled
    cell (a sheet's title, a section heading merged across the row, a continuation) are not looked at."""
    rows = [r for r in rows if _filled(r) > 1]
    if not rows:
        return None
    body = rows[1:] if len(rows) > 1 else rows
    width = len(rows[0])
    numbers, texts = [], []
    for c in range(width):
        cells = [r[c].strip() for r in body if r[c].strip()]
        if not cells:
            continue
        if _numbers([x for x in cells if not _CONTINUED.fullmatch(x)], len(body)):
            numbers.append(c)
        elif sum(len(x.split()) for x in cells) >= MIN_WORDS * len(cells) and any(
                re.search(r"[^\W\d_]{2}", x) for x in cells):
            texts.append(c)
    header = rows[0] if len(rows) > 1 else []
    # the first columns of each sort only: a tracker has a few dozen, and each pair is scored over every record
    pairs = [(_pair_score(body, n, t, header), -n, -t, n, t) for n in numbers[:MAX_CANDIDATES]
             for t in texts[:MAX_CANDIDATES]]
    return max(pairs)[3:] if pairs else None


def _pieces(numbers: str, cell: str) -> Iterator[tuple[str, str]]:
    """(label, text) of the paragraphs in one record: the cell's parts between empty lines, each typed with its
    number where the cell begins with one (two paragraphs in one cell), else the cell under the record's first
    number; a part typed with no number goes on the paragraph before it."""
    first = _NUMBERS.fullmatch(_words(numbers))
    parts = [_words(p) for p in re.split(r"\n[ \t]*\n", cell.strip()) if p.strip()]
    if first is None or not parts:
        return
    label, text = first["first"], parts[0]
    typed = _TYPED.match(parts[0])
    typed = typed if typed and typed["num"] == label else None
    if typed:
        text = parts[0][typed.end():]
    for part in parts[1:]:
        typed = _TYPED.match(part) if typed else None
        if typed:
            yield label, text
            label, text = typed["num"], part[typed.end():]
        else:
            text += "\n\n" + part
    yield label, text


def _label(number: str, text: str, recommendations: bool = False) -> str:
    """The block's text: its number as the passage cutter reads it ("3.2 The ...", "12. The ...", "Recommendation 3
    The ...")."""
    if recommendations:
        return f"Recommendation {number}: {text}"
    return f"{number} {text}" if "." in number else f"{number}. {text}"


_RECOMMENDATIONS = re.compile(r"\brec(?:s\b|\.|\b|ommendation)", re.IGNORECASE)


def _recommendations(paragraphs: list[tuple[str, str]], *names: str) -> bool:
    """Whether single numbers are recommendations' ("1", "2" in a column or a sheet named "Recommendations",
    "Rec no."): read as "Recommendation 1", not as the numbered paragraphs of a report numbered "4.2"."""
    return all("." not in n for n, _ in paragraphs) and any(_RECOMMENDATIONS.search(x) for x in names)


def table_paragraphs(rows: list[list[str]]) -> tuple[list[tuple[str, str]], str] | None:
    """The review's paragraphs in one table of records, each (number, text) at its first record, in the records'
    order; None where no column of paragraph numbers stands beside a column of paragraph text. The rows are of one
    width. A record whose one filled cell is the text column's, after a record of a paragraph, carries that
    paragraph on (text split over two rows) unless it could be a heading: the paragraph so far ends a sentence and
    the record does not; so does one whose number cell says so ("(cont.)")."""
    found = _columns(rows) if len(rows) > 1 else None
    if found is None:
        return None
    n, t = found
    first: dict[str, str] = {}
    last: str | None = None  # the paragraph the record before gave
    newest = ""  # the paragraph read last
    for r in rows:
        marked = bool(_CONTINUED.fullmatch(r[n].strip()))
        more = _words(r[t]) if _filled(r) == 1 + marked and r[t].strip() else ""
        if last is not None and more and (marked or not _ENDED.search(first[last]) or _ENDED.search(more)):
            first[last] += " " + more
            continue
        last = None
        for number, text in _pieces(r[n], r[t]):
            if number in first and first[number] != text and _shortened(number, newest):
                number += "0"
            if number not in first:
                first[number] = text
                last = newest = number
    header = ""  # the number column's cell in the last record of more than one cell before the first number
    for r in rows:
        if _NUMBERS.fullmatch(_words(r[n])):
            break
        header = r[n] if _filled(r) > 1 else header
    return list(first.items()), header


def _shortened(number: str, newest: str) -> bool:
    """Whether ``number`` is the paragraph after ``newest`` as a spreadsheet shows a number ending in 0: "4.10"
    typed into a cell is stored as the number 4.1 and shown, and exported, as "4.1" (after "4.9"; "4.2" after
    "4.19")."""
    head, _, tail = newest.rpartition(".")
    return bool(head) and tail.isdigit() and f"{head}.{int(tail) + 1}" == number + "0"


def number_order(number: str) -> tuple[int, ...]:
    """A paragraph number's place in the review: "4.1" before "4.1a", "4.2" and "4.10"; "14A" after "14"."""
    return tuple(int(p.rstrip(ascii_letters)) * 100 + (ord(p[-1].lower()) - 96 if p[-1].isalpha() else 0)
                 for p in number.split("."))


def paragraph_blocks(paragraphs: list[tuple[str, str]], page: int | None = None, *names: str) -> list[Block]:
    """Each paragraph a block, its number before its text; a text's parts between empty lines a block each.
    ``names`` are the number column's header and the sheet's name (see :func:`_recommendations`)."""
    rec = _recommendations(paragraphs, *names)
    return [Block(text=_label(number, p, rec) if k == 0 else p, page=page)
            for number, text in paragraphs for k, p in enumerate(text.split("\n\n"))]


def parse_delimited(path: Path) -> ParsedDocument:
    """The review's paragraphs in a CSV or TSV export of one record per action (see the module's docstring)."""
    found = table_paragraphs(_records(path, read_text(path)))
    if found is None:
        raise UnsupportedFormat(f"{path}: no column of paragraph numbers beside a column of paragraph text: "
                                "only a review's paragraphs exported one record per row can be read from CSV")
    paragraphs, header = found
    return ParsedDocument(blocks=paragraph_blocks(sorted(paragraphs, key=lambda p: number_order(p[0])), None, header),
                          pages=None)
