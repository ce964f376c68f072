"""A plain text's numbered section titles run straight into their first paragraph (blind round 64).

An article or a thesis set from LaTeX or Word and saved as text ("download as text", pdftotext) prints its numbered
sections' titles on a line of their own ("2.1  The review", "3  What the review says") with the section's first
line straight under them, no blank line between, as the page set them. Read as one block, the title's number
would open the text ("2.1 The review The review [9] concerns ..."), and the article's own section numbers would be
taken for paragraph numbers. A title is a line that opens with a number and holds a few words of a title (no stop,
colon or comma at its end, opening in capitals), much shorter than the text's lines, over a paragraph's first line
(a sentence's start, running to about the text's width): it is set apart by a blank line so that it is a block, a
heading, of its own. A paragraph's own first line is not so short (it wraps at the text's width) and goes on in
lower case where it does not end a sentence; a title that wraps goes on in lower case too; a form's numbered
question over its short answer ("2. Your name and role" over "DS ..., public protection unit") has no paragraph
under it."""

from __future__ import annotations

import re
import statistics

from ..clean import Line
from .common import looks_like_heading_text
from .set_in_quotations import SENTENCE_START

# a section's number, then its title: "2.1  The review", "3  What the review says", "4.2. Method"
_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?P<title>[A-Z][^.:;,!?]*)$")
MOST_WORDS = 10  # words of a title
NARROW = 0.6  # a title line is at most this share of the text's width (the median of its long lines)
PROSE_WORDS = 6  # words at least on the line under the title: a paragraph's first line ...
WIDE = 0.75  # ... at least this share of the text's width
_TEXT_WORDS = 8  # words on a line that counts towards the text's width


def titles_apart(pages: list[list[Line]]) -> list[list[Line]]:
    """``pages`` with a blank line after each numbered title run straight into the prose under it."""
    widths = [len(ln.text) for p in pages for ln in p if len(ln.text.split()) >= _TEXT_WORDS]
    if not widths:
        return pages
    width = statistics.median(widths)
    out: list[list[Line]] = []
    for page in pages:
        lines: list[Line] = []
        for ln, nxt in zip(page, [*page[1:], None], strict=True):
            lines.append(ln)
            if nxt is not None and _is_title(ln, width) and _is_prose(nxt, width):
                lines.append(Line(text="", page=ln.page, x0=ln.x0))
        out.append(lines)
    return out


def _is_title(ln: Line, width: float) -> bool:
    m = _TITLE.match(ln.text)
    return m is not None and len(m["title"].split()) <= MOST_WORDS and len(ln.text) <= NARROW * width \
        and looks_like_heading_text(m["title"])


def _is_prose(ln: Line, width: float) -> bool:
    """The first line of a paragraph: a sentence's start (no number of its own), several words, wrapped at about
    the text's width."""
    return len(ln.text.split()) >= PROSE_WORDS and len(ln.text) >= WIDE * width and bool(SENTENCE_START.match(ln.text))
