"""Notes set in the leading between the lines of a PDF's paragraphs, such as an e-reader's highlight tags."""

from __future__ import annotations

import re

from ..clean import Line
from .blocks import body_size


def without_interlinear(pages: list[list[Line]]) -> list[list[Line]]:
    """Lines set in the leading between two lines of a paragraph, under three fifths of the body size, a few words
    ("14 highlighters" over a popular highlight in an e-reader's export, blind round 55): notes on the text, not
    text. A small caption or note that takes space of its own (the lines around it further apart than a
    paragraph's break) stays."""
    body = body_size(pages)
    out = []
    for page in pages:
        full = sorted((ln for ln in page if ln.size >= 0.9 * body), key=lambda ln: ln.top)
        drop = set()
        for k, ln in enumerate(page):
            if not (0 < ln.size < 0.6 * body and len(ln.text.split()) <= 4 and re.search(r"[^\W\d_]", ln.text)):
                continue
            above = [f for f in full if f.top < ln.top]
            below = [f for f in full if f.top >= ln.top]
            if above and below and below[0].top - above[-1].top <= 2.2 * body and ln.bottom <= below[0].bottom:
                drop.add(k)
        out.append([ln for k, ln in enumerate(page) if k not in drop])
    return out
