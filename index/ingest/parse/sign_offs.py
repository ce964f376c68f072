"""A message's own closing words, between the last numbered paragraph it passes on and its complimentary close.

A review's numbered paragraphs often reach readers inside a letter or an e-mail: pasted into a meeting invitation,
forwarded, sent round a mailing list's digest. The sender ends the message as any letter ends, with a sentence or
two of their own in a paragraph of its own ("I hope this helps.", "Any questions, give me a shout.", "Please let me
know when your team has discussed them."), then the close ("Kind regards,", "Best wishes, Helen"). Those words are
the sender's, not the last numbered paragraph's, which would otherwise run on over them to the close
(:func:`..passages.cut_passages` reads what follows a number, up to the next, as its paragraph's): they are set aside
(``aside``: a passage of their own, no paragraph's text).

Every reader's blocks are read so (an HTML page's paragraphs, a PDF's line groups, plain text's blank-line
paragraphs, a Word file's paragraphs), from :func:`.parse`. Taken is a run of at most MOST_BLOCKS paragraph blocks
standing straight before a close (:data:`.common.VALEDICTION`), each short (MOST_WORDS), opening with a capital and
with no paragraph number, ending a sentence, and written by the sender to the reader ("I", "me", "you", "your",
"us", "please", "thank"); the block before the run ends a sentence and is a numbered paragraph's, or follows one
with no heading or box between (the paragraph's list, its rest after a page break). A report's paragraph that goes
on in an unnumbered block of its own (after a page break, a quoted line, a list) keeps it wherever no close follows;
and so does a paragraph before a close that speaks to no one ("The panel accepted this analysis in May.", but also a
sender's "Happy to discuss.").
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block
from .common import PARA_START_RE, SENTENCE_CLOSED, VALEDICTION

MOST_BLOCKS = 2  # a closing sentence or two, in a paragraph each
MOST_WORDS = 40  # words of one such paragraph
MOST_BACK = 30  # blocks read back from the run for the numbered paragraph it follows (its list, its pages)
# the sender speaking to the reader: "I hope this helps.", "Any questions, give me a shout.", "Thank you ..."
_ADDRESSED = re.compile(r"\bI\b|\b(?i:me|my|you|your|yours|please|thanks?)\b|\bus\b")


def _closing_words(block: Block) -> bool:
    """A short paragraph of its own, a sentence or two from the sender to the reader."""
    text = block.text.strip()
    return block.kind == "para" and block.table is None and not block.quoted and text[:1].isupper() \
        and len(text.split()) <= MOST_WORDS and bool(SENTENCE_CLOSED.search(text)) and not PARA_START_RE.match(text) \
        and bool(_ADDRESSED.search(text))


def _after_numbered(blocks: list[Block], end: int) -> bool:
    """The block at ``end`` ends a sentence of a numbered paragraph: its own, or that of one it follows with no
    heading or box between."""
    if end < 0 or blocks[end].kind not in ("para", "bullet") or not SENTENCE_CLOSED.search(blocks[end].text.strip()):
        return False
    for b in (blocks[k] for k in range(end, max(-1, end - MOST_BACK), -1)):
        if b.kind not in ("para", "bullet"):
            return False
        if b.kind == "para" and PARA_START_RE.match(b.text):
            return True
    return False


def closing_words_aside(blocks: list[Block]) -> list[Block]:
    """The blocks, a message's closing words before its close set aside where they follow a numbered paragraph."""
    out = list(blocks)
    for i, b in enumerate(blocks):
        if not VALEDICTION.match(b.text.strip()):
            continue
        start = i
        while start > 0 and i - start < MOST_BLOCKS and _closing_words(blocks[start - 1]):
            start -= 1
        if start < i and _after_numbered(blocks, start - 1):
            out[start:i] = [dataclasses.replace(w, kind="aside") for w in blocks[start:i]]
    return out
