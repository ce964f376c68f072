"""A report re-typed by a transcriber or an editor: the marks they add to its text, none of them the report's.

An old review that survives as a typescript reaches readers re-typed (a volunteer's transcription for an archive, an
editor's text): where each page of the original began, the transcriber types its number in square brackets, "[page
12]", on a line of its own or in the middle of a sentence; their notes stand in square brackets too, as a paragraph
of their own ("[Transcriber's note: a family tree drawn by hand on this page is not reproduced.]") or inside one,
and "[End of typescript. ...]" closes the text. A paragraph runs on across a page mark, and a note is no paragraph's
text (a mark on a line of its own: :func:`..clean.is_placeholder`). "[sic]" and "[illegible]" are the transcriber's
reading of the report's own words and stay in them.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block

# the original's page where it began, typed into the text: "[page 12]", "[Page 12]", "[typescript page 3]", "[p. 4]"
_PAGE_MARK = re.compile(r"\[\s*(?:(?:original|typescript|manuscript)\s+)?(?:page|p\.)\s*\d{1,4}\s*\]", re.IGNORECASE)
# a transcriber's or editor's note in square brackets, or the line that closes the transcription
_NOTE = re.compile(r"\[\s*(?:(?:transcriber|editor)['’]?s?\s+note|(?:transcription|editorial)\s+note|note\s+by\s+the\s+"
                   r"(?:transcriber|editor)|end\s+of\s+(?:the\s+)?(?:typescript|manuscript|transcription))\b[^\[\]]*\]",
                   re.IGNORECASE)
MARKS = 2  # page marks in a document before those inside its paragraphs are read as a transcriber's


def untranscribed(blocks: list[Block]) -> list[Block]:
    """The blocks without a transcriber's notes (a block that is only a note is dropped, a note inside a block is
    taken out of it) and, where the text carries the original's page marks (two at least), without those marks
    inside a paragraph: its two halves join across the mark."""
    marks = sum(len(_PAGE_MARK.findall(b.text)) for b in blocks)
    out: list[Block] = []
    for b in blocks:
        text = b.text
        if _NOTE.search(text):
            text = _NOTE.sub("", text)
            if not text.strip():
                continue
        if marks >= MARKS and _PAGE_MARK.search(text) and _PAGE_MARK.sub("", text).strip():
            text = _PAGE_MARK.sub("", text)
        if text != b.text:
            b = dataclasses.replace(b, text=re.sub(r"[ \t]{2,}", " ", text).strip())
        out.append(b)
    return out
