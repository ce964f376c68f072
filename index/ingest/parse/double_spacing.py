"""A plain text printed double-spaced (blind round 60).

A proof copy or a draft for comment printed "double spaced" to a file (a text-only printer driver, a typescript
made for marking up) follows every printed line with an empty line, and doubles the spacing between paragraphs
too: one empty line is a line break, two or more are a paragraph break. Read as ordinary text, every line would
be a paragraph of its own. Once one empty line is taken from every run of them, the text reads as it was set:
a paragraph's lines together, paragraphs apart, and each printed page's running head and footer (set off by empty
lines) dropped as in any paged text, so that a paragraph that crosses a page runs on past them.
"""

from __future__ import annotations

from .common import TERMINAL

LEAST = 12  # printed lines of text, before a text is judged double-spaced


def single_spaced(raw: str) -> str:
    """The text with one empty line taken from every run of them, where it is printed double-spaced: hardly a
    line of text straight after another, most followed by exactly one empty line, the lines hard-wrapped
    (short, and half or more of those after a single empty line going on with the sentence before), and
    paragraphs parted by two empty lines or more (two such gaps at least, and fewer than the single ones). A
    text of one-line paragraphs parted by single empty lines has no wider gaps or no wrapped sentences, and a
    text single-spaced within its paragraphs has lines of text together: both are left as they are. Pages (form
    feeds) are kept, each page taken on its own."""
    pages = [page.split("\n") for page in raw.split("\f")]
    if not _double_spaced(pages):
        return raw
    return "\f".join("\n".join(_tightened(lines)) for lines in pages)


def _double_spaced(pages: list[list[str]]) -> bool:
    text = adjacent = single = wider = wrapped = long = 0
    for lines in pages:
        last, empty = None, 0
        for line in lines:
            if not line.strip():
                empty += 1
                continue
            text += 1
            long += len(line.strip()) > 100
            if last is not None:
                if empty == 0:
                    adjacent += 1
                elif empty == 1:
                    single += 1
                    wrapped += not TERMINAL.search(last)
                else:
                    wider += 1
            last, empty = line.strip(), 0
    return (text >= LEAST and adjacent <= 0.05 * text and single >= 0.5 * text and 2 <= wider < single
            and wrapped >= 0.5 * single and long <= 0.1 * text)


def _tightened(lines: list[str]) -> list[str]:
    """One empty line fewer in every run of them before a line of text: the one next to it."""
    return [line for k, line in enumerate(lines)
            if line.strip() or k + 1 == len(lines) or not lines[k + 1].strip()]
