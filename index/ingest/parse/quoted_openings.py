"""A report's numbered paragraphs quoted whole, each opening with a quotation mark glued to its number.

A debate's official report, a committee's oral evidence, a meeting's minutes or an article saved as text quote a
review's paragraphs as paragraphs of their own speech or prose: the quotation mark opens the paragraph with the
number straight after it ("“4.3 The paediatric ..."), and a quotation of several paragraphs opens each with a mark
and closes only the last (Hansard's style). What the speakers or the writer say between them is their own, though it
may open with a number too ("6.2 is, to my mind, ...") or quote a sentence inline ("The review says at paragraph
5.6 that “...”"): no quotation mark glued to a number opens those (blind round 65).

Where three paragraphs at least so open, and they outnumber the text's paragraphs that open with a number unquoted
(a document numbered in its own right, quoting another's paragraph now and then, keeps its numbering), each is the
quoted report's paragraph: its opening mark goes, and so does a closing mark left at its end without a partner; it
is a quotation of its own (a ``table`` mark below zero, as :mod:`.set_in_quotations` gives, so the paragraph ends
with it in :func:`..passages.cut_passages` and the speech after it is no part of it); and it is read with its
number whatever numbers came before it (``quoted``: a speaker reads the paragraphs in the order they choose, 7.1
and then 2.3). A paragraph quoted again is the same paragraph's words: it keeps its mark, and no number is read.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block

_N = r"\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?"  # "4.3", "2.3.1"
_TEXT = r"\.?[ \t\u00a0]+(?=[\"“‘(\[]?[A-Z])"  # a space, then the paragraph's sentence
_OPENING = re.compile(rf"[“\"‘'](?P<num>{_N}){_TEXT}")  # "“4.3 The ...", the mark glued to the number
_NUMBERED = re.compile(rf"{_N}{_TEXT}")  # a paragraph's number, no mark before it
_CLOSER = {"“": "”", '"': '"', "‘": "’", "'": "'"}
LEAST = 3  # quotations so opened, at least


def quoted_openings(blocks: list[Block]) -> list[Block]:
    """The blocks, each paragraph opening with a quotation mark glued to a paragraph number a quotation of its own
    read with its number; unchanged where fewer than three so open, or no more than open with a number unquoted."""
    opening = [(i, m["num"]) for i, b in enumerate(blocks) if b.kind == "para" and (m := _OPENING.match(b.text))]
    unquoted = sum(1 for b in blocks if b.kind == "para" and _NUMBERED.match(b.text))
    if len(opening) < LEAST or unquoted >= len(opening):
        return blocks
    mark = min((b.table for b in blocks if b.table is not None and b.table < 0), default=0)
    seen: set[str] = set()
    out = list(blocks)
    for i, number in opening:
        b, mark = blocks[i], mark - 1
        if number in seen:  # read out again: the words of the paragraph already read
            out[i] = dataclasses.replace(b, table=mark)
            continue
        seen.add(number)
        out[i] = dataclasses.replace(b, text=_unquoted(b.text), table=mark, quoted=True)
    return out


def _unquoted(text: str) -> str:
    """The paragraph without the quotation mark that opens it, nor the one that closes it at its end, if any."""
    opener, rest = text[0], text[1:].rstrip()
    closer = _CLOSER[opener]
    if not rest.endswith(closer):
        return rest
    if opener == "“":
        unpaired = rest.count(closer) > rest.count(opener)
    elif opener == '"':
        unpaired = rest.count(closer) % 2 == 1
    else:  # a single mark closing is an apostrophe too: it closes the quotation only after the sentence's end
        unpaired = rest[-2:-1] in (".", "!", "?")
    return rest[:-1].rstrip() if unpaired else rest
