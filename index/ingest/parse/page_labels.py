"""The page numbers a reader sees printed on the pages, as opposed to the PDF's own page count.

A practitioner holding the printed report looks up "p.7"; when the front matter is numbered i–iv or the
cover is unnumbered, that is the PDF's page 10. Two sources, in order of trust:

* the PDF's ``/PageLabels`` (what a PDF viewer shows), when the document defines them;
* else the numbers printed in the running header or footer ("7", "Page 7 of 60", "- 7 -", "vii",
  "Northmoor SCR  12"; "12 13" on a sheet printed two pages up is labelled "12–13"): each page's
  candidates are kept only when they agree with a numbering scheme seen on at least two pages (a
  constant offset from the PDF page, separately for arabic and roman numbers), so a stray "2016" or a
  paragraph number is never taken for a page number. Pages between two numbered pages of the same
  scheme (a chapter opening without a footer) are filled in.

Everything else is None: no label is better than a wrong one.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from ..clean import Line, page_number, page_pair, repeat_key, zone_positions
from .page_order import folio_labels, sheet_folios

_ROMAN = re.compile(r"^[ivxlc]{1,7}$", re.IGNORECASE)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# "Page 7" or "Page 7 of 60" inside a longer running line
_PAGE_WORD = re.compile(r"\bpage\s+(\d{1,4}|[ivxlc]{1,7})\b(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
# a running title with the number at either end: "Northmoor SCR 12", "12 | Northmoor SCR"
_AT_END = re.compile(r"(?:^|\s|\|)(\d{1,4}|[ivxlc]{1,7})$", re.IGNORECASE)
_AT_START = re.compile(r"^(\d{1,4}|[ivxlc]{1,7})(?:\s|\|)", re.IGNORECASE)

Scheme = tuple[str, int]  # ("arabic" | "roman", printed value minus PDF page)


def pdf_page_labels(reader: object) -> list[str] | None:
    """The ``/PageLabels`` of an open pypdf reader, or None when the PDF defines none (pypdf would then
    make up "1", "2", ... which says nothing about the printed numbers)."""
    try:
        root = reader.trailer["/Root"]  # type: ignore[attr-defined]
        if "/PageLabels" not in root:
            return None
        labels = [str(x) for x in reader.page_labels]  # type: ignore[attr-defined]
    except Exception:  # a damaged label tree: fall back to the printed numbers
        return None
    return labels if any(labels) else None


def roman_value(text: str) -> int | None:
    text = text.lower()
    if not _ROMAN.match(text):
        return None
    total = 0
    for a, b in zip(text, [*text[1:], ""], strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b and _ROMAN_VALUES[b] > v else v
    return total if to_roman(total) == text else None  # "iiii", "vx" are words, not numbers


def to_roman(n: int) -> str:
    out = []
    for value, numeral in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _candidate(token: str) -> tuple[str, int] | None:
    if token.isdigit():
        return ("arabic", int(token))
    value = roman_value(token)
    return ("roman", value) if value is not None else None


def _candidates(line: Line, running: bool) -> list[tuple[str, int, str]]:
    """(kind, value, printed form) for each way this header or footer line could carry a page number. A
    number inside a longer line counts only if the line is ``running`` (recurs, numbers aside, on other
    pages): the last line of body text ending "aged 15" is no footer."""
    text = line.text.strip()
    if page_pair(text):
        return []  # two pages' numbers on one sheet: see :func:`_sheet_labels`
    alone = page_number(text)  # a line that is only a page number
    tokens = [alone] if alone else []
    if not alone and running:
        tokens += [m.group(1) for m in _PAGE_WORD.finditer(text)]
        for pat in (_AT_END, _AT_START):
            m = pat.search(text)
            if m:
                tokens.append(m.group(1))
    out = []
    for tok in tokens:
        cand = _candidate(tok)
        if cand is not None:
            out.append((cand[0], cand[1], tok))
    return out


def printed_page_labels(pages: Sequence[Sequence[Line]]) -> list[str | None]:
    """Per PDF page (in order), the page number printed in its header or footer, or None. Pages the file holds out of
    their printed order are each labelled with their own folio (page_order.folio_labels): no scheme runs through
    them."""
    if (own := folio_labels([list(p) for p in pages])) is not None:
        return own
    zones = [sorted(set().union(*zone_positions(list(lines)))) for lines in pages]
    recurring = Counter(key for lines, idx in zip(pages, zones, strict=True)
                        for key in {repeat_key(lines[i].text) for i in idx})
    found: list[list[tuple[Scheme, str]]] = []
    for pno, (lines, idx) in enumerate(zip(pages, zones, strict=True), start=1):
        cands = []
        for i in idx:
            for kind, value, printed in _candidates(lines[i], recurring[repeat_key(lines[i].text)] >= 2):
                cands.append(((kind, value - pno), printed))
        found.append(cands)
    support = Counter(scheme for cands in found for scheme in {s for s, _ in cands})
    best = {kind: max((n for (k, _), n in support.items() if k == kind), default=0) for kind in ("arabic", "roman")}
    # a scheme is trusted on two pages or more, and when it is not a coincidence beside a far better one
    trusted = {s for s, n in support.items() if n >= 2 and n >= 0.2 * best[s[0]]}
    labels: list[str | None] = []
    schemes: list[Scheme | None] = []
    for cands in found:
        good = [(support[s], s, printed) for s, printed in cands if s in trusted]
        if good:
            _, scheme, printed = max(good, key=lambda g: g[0])
            labels.append(printed)
            schemes.append(scheme)
        else:
            labels.append(None)
            schemes.append(None)
    _fill_gaps(labels, schemes)
    for pno, sheet in _sheet_labels(pages, zones).items():
        labels[pno - 1] = sheet
    return labels


def _sheet_labels(pages: Sequence[Sequence[Line]], zones: list[list[int]]) -> dict[int, str]:
    """Sheets printed two pages up carry both pages' numbers ("12 13", or "12" and "13" at each half's foot): such a
    sheet is labelled "12–13", when the numbers go up by two a sheet on at least two sheets (one label per PDF page: a
    passage on the sheet is on one of the two)."""
    pairs: dict[int, tuple[int, int]] = {}
    for pno, (lines, idx) in enumerate(zip(pages, zones, strict=True), start=1):
        found = [p for p in (page_pair(lines[i].text) for i in idx) if p]
        if not found and (halves := sheet_folios(list(lines))) and halves[1] == halves[0] + 1:
            found = [halves]  # each half's number read with its half (page_order.sheet_halves)
        if found:
            pairs[pno] = found[0]
    offsets = Counter(a - 2 * pno for pno, (a, _) in pairs.items())
    return {pno: f"{a}–{b}" for pno, (a, b) in pairs.items() if offsets[a - 2 * pno] >= 2}


def _fill_gaps(labels: list[str | None], schemes: list[Scheme | None]) -> None:
    """A page without a number between two numbered pages of the same scheme gets its number."""
    known = [i for i, s in enumerate(schemes) if s is not None]
    for a, b in itertools.pairwise(known):
        if b - a < 2 or schemes[a] != schemes[b]:
            continue
        scheme = schemes[a]
        assert scheme is not None
        kind, offset = scheme
        upper = (labels[a] or "").isupper()
        for i in range(a + 1, b):
            value = i + 1 + offset
            if value < 1:
                continue
            if kind == "arabic":
                labels[i] = str(value)
            else:
                numeral = to_roman(value)
                labels[i] = numeral.upper() if upper else numeral
