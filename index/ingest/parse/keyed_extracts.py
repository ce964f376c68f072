"""A table of quoted extracts, each row one extract and its location in the document it is quoted from.

A systematic review's or a scoping review's data-extraction table, an evidence log, a training pack's table of
quotations sets each extract word for word in a column captioned as such ("Extract (verbatim)", "Quotation",
"Excerpt") and where it comes from in another ("Location", "Para", "Page"): a source's own paragraph number
("3.4") where it numbers its paragraphs, its page otherwise ("p. 14", "pp. 8-9"). Around them stand what the
table's authors added: the study's ID and description (merged down the study's rows), theme codes as bare
decimals ("2.1; 2.2"), an appraisal score. Read as a table of prose, a row would open with the study's ID ("S03",
which looks like a paragraph's label) and end with its codes and score.

So each row is read as its location and its extract only (:func:`keyed_rows`): "3.4 The adult safeguarding lead
...", "p. 14 Staff in the day centre ...", a paragraph number then labelling its paragraph; the other cells are
no part of it. Each row is a quotation of its own, whole in its row (its line is ``quoted``: the paragraph ends
with it, :mod:`.quoted_paragraphs`), and the extract a page break cut is joined to its row by the location cell
left empty under the repeated header. The location column is the one whose every filled cell is a paragraph
number or a page (one at least a paragraph number) and which holds a page or is captioned as a location (a
column of theme codes "1.2", "2.1" is none); where two are, the one nearest the extract. A table with no caption
naming extracts, or no such column, is left as it was (a recommendations table's "Para | Recommendation | Lead"
keeps its lead).
"""

from __future__ import annotations

import re

from .common import _is_header

_EXTRACT_HEAD = re.compile(r"\b(?:extracts?|excerpts?|quot(?:e|es|ation|ations)|verbatim)\b", re.IGNORECASE)
_PLACE_HEAD = re.compile(r"\b(?:location|para(?:graph)?s?|pages?|ref(?:erence)?)\b", re.IGNORECASE)
_PARA = re.compile(r"(?:(?:para(?:graph)?s?\.?|§)\s*)?(?P<n>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)", re.IGNORECASE)
_PAGE = re.compile(r"(?:pp?\.|pages?)\s*[ivxlc\d]{1,5}(?:\s*[-–]\s*[ivxlc\d]{1,5})?", re.IGNORECASE)


def _column(rows: list[list[str]], k: int) -> list[str]:
    return [r[k] for r in rows[1:] if k < len(r) and r[k]]


def _locations(cells: list[str]) -> bool:
    return any(_PARA.fullmatch(c) for c in cells) and all(_PARA.fullmatch(c) or _PAGE.fullmatch(c) for c in cells)


def extract_columns(rows: list[list[str]]) -> tuple[int, int] | None:
    """Rows of cell texts of one table, its header first: the (location, extract) columns of a table of extracts,
    as the module says, or None."""
    if len(rows) < 3 or not _is_header([c for c in rows[0] if c], abbreviations=True):
        return None
    texts = [k for k, c in enumerate(rows[0]) if _EXTRACT_HEAD.search(c or "")]
    if len(texts) != 1:
        return None
    text = texts[0]
    places = [k for k in range(len(rows[0])) if k != text and _locations(cells := _column(rows, k))
              and (_PLACE_HEAD.search(rows[0][k] or "") or any(_PAGE.fullmatch(c) for c in cells))]
    return (min(places, key=lambda k: (abs(k - text), k > text)), text) if places else None


def keyed_rows(rows: list[list[str]], columns: tuple[int, int]) -> list[list[str]]:
    """Each row as [location, extract], a paragraph's location as its bare number ("para. 3.4" reads "3.4")."""
    place, text = columns

    def at(row: list[str], k: int) -> str:
        return row[k] if k < len(row) and row[k] else ""

    out = [[at(rows[0], place), at(rows[0], text)]]
    for row in rows[1:]:
        m = _PARA.fullmatch(at(row, place))
        out.append([m["n"] if m else at(row, place), at(row, text)])
    return out
