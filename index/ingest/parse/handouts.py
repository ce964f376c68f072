"""A briefing's slides and speaker notes printed as handouts, and a presenter's cues in a script.

A seven-minute briefing or a training deck reaches readers sent from the presentation program to Word as handouts
("Notes below slides"): every slide a page of its own, a "Slide 4" line, the slide as a picture (its alt text
repeating the slide's words, which the Word reader never takes), then the speaker notes, which hold the report's typed
paragraphs "2.3 The ...". The "Slide 4" line is the carrier's furniture, no heading of the report: dropped. A notes
paragraph cut short at one slide's foot (it ends on a word, with no closing punctuation) goes on in the next slide's
first unnumbered notes paragraph, and is joined to it. Unnumbered notes at the top of a slide where no paragraph is
open (the presenter's welcome on the title slide, a closing line on the last) are the presenter's words, not the
paragraph before's: set aside (``aside``, its own passage, no paragraph's text).

The presenter's stage directions typed in square brackets in notes or a talk's script ("[CLICK]", "[Pause for
questions before moving on]", "[Next slide]"), on a line of their own or before a paragraph's number ("[CLICK – next
point appears] 3.2 The ..."), are no text of the report's either.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block
from ..hyphens import join_lines
from .common import PARA_START_RE

# "Slide 4", "Slide 4 of 10": the line the presentation program prints over each slide's picture in a handout
SLIDE_LINE = re.compile(r"Slide\s+(\d{1,3})(?:\s+of\s+\d{1,3})?[.:]?", re.IGNORECASE)
MIN_SLIDES = 3
# a presenter's stage direction: a cue word in square brackets, the whole line or before a paragraph's number
_CUE = (r"\[\s*(?:click|pause|next\s+slide|previous\s+slide|advance|animation|transition|play|video|"
        r"ask\s+the\s+(?:room|group|audience))\b[^\[\]\n]{0,80}\]")
CUE_LINE = re.compile(rf"(?:{_CUE}\s*)+", re.IGNORECASE)
CUE_BEFORE_NUMBER = re.compile(rf"^(?:{_CUE}\s*)+(?={PARA_START_RE.pattern[1:]})", re.IGNORECASE)
_CLOSED = re.compile(r"[.!?:\"”’)\]]$")  # a paragraph that ends here; on a word or a comma it goes on


def without_presenter_cues(blocks: list[Block]) -> list[Block]:
    """The blocks without a presenter's cues: a paragraph that is only cues is dropped, cues before a paragraph's
    number are taken off it."""
    out: list[Block] = []
    for b in blocks:
        text = b.text.strip()
        if b.kind != "heading" and text and CUE_LINE.fullmatch(text):
            continue
        if b.kind == "para" and (m := CUE_BEFORE_NUMBER.match(text)):
            b = dataclasses.replace(b, text=text[m.end():])
        out.append(b)
    return out


def _slide_lines(blocks: list[Block]) -> list[int]:
    """The "Slide N" lines of a handout: at least three, counting up one by one, each opening its page where pages
    are known (one slide a page); none when the document is no handout."""
    found = [(i, SLIDE_LINE.fullmatch(b.text.strip())) for i, b in enumerate(blocks) if b.kind in ("heading", "para")]
    at = [i for i, m in found if m]
    numbers = [int(m[1]) for _, m in found if m]
    if len(at) < MIN_SLIDES or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    if any(b.page for b in blocks) and any(i and blocks[i - 1].page == blocks[i].page for i in at):
        return []
    return at


def handout_notes(blocks: list[Block]) -> list[Block]:
    """The blocks of a slides handout with its "Slide N" lines dropped, a notes paragraph cut at a slide's foot
    joined to its rest at the next slide's top, and unnumbered notes opening a slide where no paragraph is open set
    aside. Blocks of any other document are returned as they are."""
    blocks = without_presenter_cues(blocks)
    slides = set(_slide_lines(blocks))
    if not slides or not any(b.kind == "para" and PARA_START_RE.match(b.text) for b in blocks):
        return blocks
    out: list[Block] = []
    top = False  # at a slide's top, before its first numbered paragraph, with no paragraph open
    taken = -1  # the block joined to the paragraph before its slide line
    for i, b in enumerate(blocks):
        if i in slides:
            last = out[-1] if out else None
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            top = last is None or last.kind != "para" or bool(_CLOSED.search(last.text.rstrip()))
            if last is not None and not top and nxt is not None and nxt.kind == "para" and i + 1 not in slides \
                    and not PARA_START_RE.match(nxt.text):
                out[-1] = dataclasses.replace(last, text=join_lines(last.text.rstrip(), nxt.text.strip()))
                taken = i + 1
            continue
        if i == taken:
            continue
        top = top and not (b.kind == "para" and PARA_START_RE.match(b.text))
        out.append(dataclasses.replace(b, kind="aside") if top and b.kind == "para" else b)
    return out
