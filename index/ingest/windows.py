"""A long passage as overlapping windows of whole sentences, each keeping the passage's reference."""

from __future__ import annotations

import re

from ..types import Passage

_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(•])|\n")


def _spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences and lines of ``text``, in order."""
    spans, at = [], 0
    for gap in _SENTENCE_GAP.finditer(text):
        spans.append((at, gap.start()))
        at = gap.end()
    spans.append((at, len(text)))
    return [(a, b) for a, b in spans if b > a]


def windows(p: Passage, size: int, overlap: int) -> list[Passage]:
    """A long passage as overlapping windows of whole sentences, each an exact, contiguous span of the
    passage (by offsets: a sentence that occurs twice in a paragraph cannot stretch a window)."""
    if len(p.text.split(" ")) <= size + size // 4:
        return [p]
    spans = _spans(p.text)
    words = [len(p.text[a:b].split()) for a, b in spans]
    out: list[tuple[int, int]] = []  # windows as [first, last] sentence indices
    first = 0
    while first < len(spans):
        last, n = first, words[first]
        while n < size and last + 1 < len(spans):
            last += 1
            n += words[last]
        out.append((first, last))
        if last + 1 >= len(spans):
            break
        back, kept = last, 0  # the next window starts with this one's last sentences, overlap words or more
        while back >= first and kept < overlap:
            kept += words[back]
            back -= 1
        first = back + 1 if back + 1 > first else last + 1
    return [Passage(report_id=p.report_id, text=p.text[spans[a][0]:spans[b][1]], paragraph=p.paragraph,
                    page=p.page, page_label=p.page_label, section=p.section, page_ordinal=p.page_ordinal)
            for a, b in out]
