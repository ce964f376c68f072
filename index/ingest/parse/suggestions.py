"""A report printed from an online editor with its suggestions and comments showing (a shared draft exported to
PDF "with suggestions", as domestic homicide reviews and other multi-agency drafts are circulated): each comment's
anchor is a coloured letter in brackets glued to the word it was made on ("service[a] learned"), and the comments
themselves are printed as endnotes after the report's last paragraph, each opening with its glued letter ("[b]2.2
and 2.3 say much the same ...") and followed by its author and date. A reader of the final report sees neither.
(The suggested deletions struck through in colour are ``markup.without_markup``'s.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..clean import Line

if TYPE_CHECKING:
    from pdfplumber.page import Page

_LETTERS = re.compile(r"\[([a-z]{1,2})\]")  # an editor's comment letter: [a] ... [z], then [aa] ...
GLUE = 1.0  # points: a mark starting within this of the letter before it is glued to that word
_WORD_END = frozenset(".,;:)'\u2019\"\u201d")  # what a word may end with before its anchor


def _colour(c: dict[str, Any]) -> tuple[float, ...]:
    values = c.get("non_stroking_color")
    values = values if isinstance(values, (tuple, list)) else (values,)
    return tuple(round(float(v), 2) for v in values if isinstance(v, (int, float)))


def _chromatic(colour: tuple[float, ...]) -> bool:
    """A colour, not black, grey or white: an RGB fill whose components differ (a link's blue)."""
    return len(colour) == 3 and max(colour) - min(colour) > 0.15


def comment_anchors(chars: list[dict[str, Any]]) -> set[int]:
    """The ids of the characters of comment anchors: "[a]" (one or two lower-case letters in brackets) drawn in
    a colour of its own, unlike the word before it, and glued to that word's last letter on its line. A bracketed
    letter in the text's own colour ("section 3[a]", a sub-clause) and a letter opening a line (a comment's
    endnote, :func:`without_comment_endnotes`) stay."""
    rows: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        if c.get("object_type", "char") == "char" and not c["text"].isspace():
            rows.setdefault(round(c["top"]), []).append(c)
    gone: set[int] = set()
    for row in rows.values():
        row.sort(key=lambda c: c["x0"])
        text = "".join(c["text"] for c in row)
        if len(text) != len(row):  # a ligature or a multi-letter glyph: positions would not match
            continue
        for m in _LETTERS.finditer(text):
            mark = row[m.start():m.end()]
            colour = _colour(mark[0])
            before = row[m.start() - 1] if m.start() else None
            if before is None or not (before["text"].isalnum() or before["text"] in _WORD_END) \
                    or mark[0]["x0"] - before["x1"] > GLUE or mark[0]["size"] > before["size"] + 0.5:
                continue  # not glued to a word
            if _chromatic(colour) and _colour(before) != colour and all(_colour(c) == colour for c in mark):
                gone.update(id(c) for c in mark)
    return gone


def without_comment_anchors(page: Page) -> Page:
    """The page without its comment anchors (:func:`comment_anchors`); the page itself when it has none."""
    gone = comment_anchors(page.chars) if any(c["text"] == "[" for c in page.chars) else set()
    return page.filter(lambda obj: id(obj) not in gone) if gone else page


_ENDNOTE = re.compile(r"^\[([a-z]{1,2})\]\S")  # a comment printed as an endnote: its letter glued to its text


def _after(letter: str) -> str:
    """The editor's next comment letter: "b" after "a", "aa" after "z"."""
    if letter[-1] != "z":
        return letter[:-1] + chr(ord(letter[-1]) + 1)
    return "a" * (len(letter) + 1)


def without_comment_endnotes(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without the editor's comments printed after the report: from the first line opening with a letter
    glued to its text, that letter "[a]", to the end of the document, when every line there that opens with a glued
    letter continues the run "[b]", "[c]" ... and none is in larger type than that first line (no report's
    appendix or heading follows). A note opening "[a] " with a space, and a bracketed letter in the report's own
    text, stay."""
    flat = [(i, j) for i, p in enumerate(pages) for j in range(len(p))]
    start = next((k for k, (i, j) in enumerate(flat) if _ENDNOTE.match(pages[i][j].text)), None)
    if start is None or not pages[flat[start][0]][flat[start][1]].text.startswith("[a]"):
        return pages
    first = pages[flat[start][0]][flat[start][1]]
    expected = "a"
    for i, j in flat[start:]:
        ln = pages[i][j]
        if ln.size > first.size + 0.5:
            return pages
        m = _ENDNOTE.match(ln.text)
        if m:
            if m[1] != expected:
                return pages
            expected = _after(expected)
    p0, j0 = flat[start]
    return [p[:j0] if i == p0 else ([] if i > p0 else p) for i, p in enumerate(pages)]
