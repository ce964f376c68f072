"""Paragraph numbers that OCR misread: a scan's text layer (or Tesseract's output) reads "1.2" as "l.2", "2.3" as
"2,3" or "3.10" as "3.I0". Such a line would not start a paragraph, and its words would be cited under the number
before it. A misread number is put right only where the reading is beyond doubt: at a line's start, at the left
margin where the document's other paragraph numbers stand, and as the number that comes next after the last one
read (blind round 50)."""

from __future__ import annotations

import re

from ..clean import Line
from ..sequence import next_after, num_key

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,3}\.?(?=\s+\S)")
# digits with the letters and marks OCR takes them for: "l" and "I" for 1, "O" and "o" for 0, a comma for the dot
_MISREAD = re.compile(r"^[0-9lIOo]{1,3}(?:[.,][0-9lIOo]{1,3}){1,3}(?=\.?\s+\S)")
_AS_READ = str.maketrans("lIOo,", "1100.")
_PUT_RIGHT = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}")
MARGIN = 3.0  # points: how far from the other numbers' left edge a misread one may stand


def repair_misread_numbers(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with each misread paragraph number at a line's start put right, in place."""
    margins = [ln.x0 for p in pages for ln in p if _NUMBER.match(ln.text.lstrip())]
    if not margins:
        return pages
    last: tuple[int, ...] | None = None
    for p in pages:
        for ln in p:
            text = ln.text.lstrip()
            if m := _NUMBER.match(text):
                last = num_key(m.group().rstrip("."))
                continue
            m = _MISREAD.match(text)
            if m is None or last is None or not re.search(r"\d", m.group()):
                continue
            fixed = m.group().translate(_AS_READ)
            if fixed == m.group() or not _PUT_RIGHT.fullmatch(fixed) or not next_after(last, num_key(fixed)) \
                    or not any(abs(ln.x0 - x) <= MARGIN for x in margins):
                continue
            ln.text = ln.text[:len(ln.text) - len(text)] + fixed + text[m.end():]
            last = num_key(fixed)
    return pages
