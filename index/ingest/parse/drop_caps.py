"""A paragraph's first letter set large over its first lines (a drop cap), read back into its word."""

from __future__ import annotations

import dataclasses
import re

from ..clean import Line
from .common import PARA_START_RE
from .margin_numbers import counts_on, with_stop

DROP_CAP_SIZE = 2.5  # body sizes: a single capital this large, beside the lines it opens
_ALONE = {"A", "I", "O"}  # capitals that are words of their own
_BARE = re.compile(r"^(\d{1,3})\s+")


def drop_caps(lines: list[Line], body: float, words: set[str]) -> list[Line]:
    """Lines with each drop cap moved into the line it opens, after the paragraph's number if the line
    starts with one ("1 he Tidesworth ..." and a large "T" → "1. The Tidesworth ..."). The letter joins the
    word after it unless it is a word of its own there ("A question ...": "aquestion" is no word of the
    document, ``words``). A drop cap opens a paragraph, so a bare number set before it is the paragraph's
    number when such numbers count on by one: it is written "1." for the cutter, as margin numbers are."""
    out: list[Line] = []
    numbered: list[tuple[int, int]] = []  # (index in out, bare number before a drop cap)
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or not re.fullmatch(r"[A-Z]", ln.text) or ln.size < DROP_CAP_SIZE * max(body, 1.0) \
                or (nxt.page, nxt.column) != (ln.page, ln.column) or not ln.top - body <= nxt.top <= ln.bottom:
            out.append(ln)
            i += 1
            continue
        label = PARA_START_RE.match(nxt.text) or (_BARE.match(nxt.text) if nxt.x0 < ln.x0 - 2 else None)
        head, rest = (nxt.text[:label.end()], nxt.text[label.end():]) if label else ("", nxt.text)
        first = re.match(r"[A-Za-z'’-]*", rest)
        joined = ln.text + (first.group(0) if first else "")
        apart = ln.text in _ALONE and joined.lower() not in words
        if label and (bare := _BARE.fullmatch(head)):
            numbered.append((len(out), int(bare.group(1))))
        out.append(dataclasses.replace(nxt, text=f"{head}{ln.text}{' ' if apart else ''}{rest}", x0=min(nxt.x0, ln.x0)))
        i += 2
    if counts_on([n for _, n in numbered]):
        for k, _ in numbered:
            out[k] = dataclasses.replace(out[k], text=with_stop(out[k].text))
    return out
