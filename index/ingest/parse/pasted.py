"""Text copied out of a PDF and pasted into Word or into a web page's editor.

Someone who copies a review out of its PDF (Select All, Copy) and pastes it into Word or a council website's
editor brings the PDF's printed lines along: each line a Word paragraph or a ``<br>`` line, a hyphen where the
typesetting broke a word ("proto-" / "col"), and the PDF's folio ("Page 2 of 4") and running head wherever a
page broke, often in the middle of a paragraph. A document in which "Page N of M" stands for two or more
different N is read as pasted: its folios and the running head beside them are taken out, and a word broken at
a line's end is joined as a PDF's reader joins it (:func:`..clean.join_lines`).
"""

from __future__ import annotations

import re
from collections import Counter

from ...types import Block
from ..hyphens import join_lines, keeps_hyphen, word_vocabulary

FOLIO = re.compile(r"\bPage\s+(\d{1,4})\s+of\s+\d{1,4}\b")
_BROKEN = re.compile(r"\b([A-Za-z]+)- ([a-z]+)")  # "Interpre- ters": a line's end in a paragraph run together
_SUSPENDED = {"and", "or", "nor", "to"}  # "short- and long-term": a hyphen that waits for its word
_HEAD_WORDS = 25  # the longest running head looked for beside a folio


def unpasted(blocks: list[Block]) -> list[Block]:
    """The blocks without the pasted PDF's folios and running heads, with its broken words joined;
    unchanged when the document holds no two folios."""
    if len({m[1] for b in blocks for m in FOLIO.finditer(b.text)}) < 2:
        return blocks
    heads = _running_heads(blocks)
    head = "|".join(map(re.escape, heads))
    around = re.compile(rf"(?:(?:{head})\s*)?{FOLIO.pattern}(?:\s*(?:{head}))?" if heads else FOLIO.pattern)
    vocab = word_vocabulary([b.text for b in blocks])
    out: list[Block] = []
    for b in blocks:
        text = re.sub(r"[ \t]{2,}", " ", around.sub(" ", b.text)).strip()
        if not text or text in heads:
            continue
        text = _BROKEN.sub(lambda m: m[0] if m[2] in _SUSPENDED or keeps_hyphen(m[1], m[2], vocab)
                           else m[1] + m[2], text)
        last = out[-1] if out else None
        if last is not None and b.kind == last.kind == "para" and re.search(r"[A-Za-z]-$", last.text) \
                and text[:1].islower():
            last.text = join_lines(last.text, text, vocab)  # "Marl-" then "beck Cross": one line broken in two
            continue
        b.text = text
        out.append(b)
    return out


def _running_heads(blocks: list[Block]) -> list[str]:
    """The words that stand beside two or more folios, after or before them (the next or the last block's
    when the folio is a block of its own): the PDF's running head, longest first."""
    texts = [b.text for b in blocks]
    sides: list[list[str]] = []
    for i, text in enumerate(texts):
        for m in FOLIO.finditer(text):
            after = text[m.end():].split() or (texts[i + 1].split() if i + 1 < len(texts) else [])
            before = text[:m.start()].split() or (texts[i - 1].split() if i > 0 else [])
            sides += [after[:_HEAD_WORDS], before[::-1][:_HEAD_WORDS]]
    heads = []
    for side in (0, 1):
        found = Counter(tuple(words[:n]) for words in sides[side::2] for n in range(2, len(words) + 1))
        start = max((w for w in found if len(w) == 2 and found[w] >= 2), key=found.__getitem__, default=None)
        if start is None:
            continue
        # as long as every folio it stands beside has it: one more word shared by chance is the text's
        head = max((w for w in found if w[:2] == start and found[w] == found[start]), key=len)
        heads.append(" ".join(head if side == 0 else head[::-1]))
    return sorted(set(heads), key=len, reverse=True)
