"""A PDF page's lines with words told apart by the gaps between them, where its text layer has no spaces.

pdfplumber puts a space where two characters stand more than 3 pt apart. Type set without space characters (as
InDesign and TeX often write it, its words set apart by position alone) then runs together in small type
("ratherthanasapattern"). On such a page a gap of ``GAP_RATIO`` of the type's size is a space. Three cases:

* a page with (almost) no spaces: all of it is read so;
* a page where most long lines run words together though it has a few spaces (a folio's, a caption's; blind
  round 76's columns.pdf: "metatAshwellTarninJanuary" in 8.5 pt justified columns);
* a page of ordinary lines where one paragraph was set with gaps for spaces (blind round 80's fakebold.pdf):
  only the lines holding a run of letters no dictionary knows, and a spaceless line ending their paragraph.
"""

from __future__ import annotations

import re
from typing import Any

from ..hyphens import english_words

SPACELESS_SHARE = 0.05  # spaces per non-space character below which a page counts as spaceless (prose: ~0.18)
GAP_RATIO = 0.15
GLUED = 20  # letters in a row: words run together (a page with a few spaces, or a column's part of one)
RUN = 15  # letters in a row that no dictionary knows: one line's words run together


def _by_gaps(page: Any) -> list[dict]:
    return page.extract_text_lines(layout=False, strip=True, return_chars=True, x_tolerance_ratio=GAP_RATIO)


def _place(line: dict) -> tuple[float, float]:
    return round(float(line["top"]), 1), round(float(line["x0"]), 1)


def extract_lines(page: Any) -> list[dict]:
    """The page's lines (pdfplumber's text lines, with their characters), words split as the module says."""
    chars = page.chars
    inked = sum(1 for c in chars if not c["text"].isspace())
    spaces = sum(1 for c in chars if c["text"] == " ")
    if (inked >= 200 and spaces < SPACELESS_SHARE * inked) or (inked >= 20 and not spaces):  # a short page too
        return _by_gaps(page)
    lines = page.extract_text_lines(layout=False, strip=True, return_chars=True)
    long = [ln["text"] for ln in lines if len(ln["text"]) >= GLUED]
    glued = sum(1 for text in long if re.search(rf"[^\W\d_]{{{GLUED},}}", text))
    if long and glued >= 0.3 * len(long):
        return _by_gaps(page)
    runs = [re.findall(rf"[^\W\d_]{{{RUN},}}", ln["text"]) for ln in lines]
    if not any(runs):
        return lines
    known = english_words()  # its six-letter-and-longer words: the cached set ingest uses everywhere
    if all(r.lower() in known for found in runs for r in found):
        return lines
    spaced = {_place(ln): ln for ln in _by_gaps(page)}
    read, after = [], False
    for ln, found in zip(lines, runs, strict=True):
        run_together = any(r.lower() not in known for r in found) or \
            (after and not any(c["text"] == " " for c in ln.get("chars", ())))
        other = spaced.get(_place(ln)) if run_together else None
        read.append(other or ln)
        after = other is not None
    return read
