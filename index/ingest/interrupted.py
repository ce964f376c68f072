"""A box set in the middle of a sentence: the paragraph goes on after it.

Designed reports set case studies, pull quotes and "key learning" boxes across the text, often between two
lines of a paragraph, and converters keep them where they stood: a web page's shortcode box inside a <p>, a
Markdown blockquote between a paragraph's halves, a PDF's tinted panel read in its place on the page. What
comes out is a paragraph that stops in mid-sentence ("... showed good practice by"), the box's few lines, and
then a paragraph that opens in lower case ("returning to the flat ..."). The box is set aside (its blocks
become one ``aside`` block, its own passage) and the paragraph is read whole: :func:`..passages.cut_passages`
resumes it after an aside. A figure's or table's "Source: ..." note standing alone is set aside too, and so is a pull
quote, a short quotation standing alone whose words a paragraph of the document says. What else
stands inside a paragraph (a figure's caption) and what completes one (a list's tail) are told here too.
"""

from __future__ import annotations

import dataclasses
import re

from ..types import Block
from .parse.common import PARA_START_RE

MOST_BLOCKS = 4  # a box is a title, a few lines, an attribution
MOST_WORDS = 150
RESUME_WORDS = 6
_MID_SENTENCE = re.compile(r"[a-z,;]$")  # the line above the box ends on a word or a comma, with no stop
_OPENS_LOWER = re.compile(r"[a-z]")
_ENDS = re.compile(r"[.!?\"”’]$")  # a box holds a sentence that ends; a typescript's next line does not
# a figure's or table's caption standing alone ("Figure 1: Contacts with the family by service, 2022 to 2024"): the
# label of a picture or table, never a paragraph's text, nor a paragraph
CAPTION = re.compile(r"^(?:Figure|Fig\.|Chart|Graph|Diagram|Table|Image|Illustration|Map|Photo(?:graph)?)\s+"
                     r"(?:\d{1,3}(?:\.\d{1,3})?[a-z]?|[A-Z])\s*(?:[:.–—]|\s-\s)\s*\S")
CAPTION_WORDS = 30
# a figure's or table's source note under it ("Source: partnership review log, 2020-21 to 2024-25"): the figure's
SOURCE = re.compile(r"^(?:Data\s+)?Sources?\s*:\s*\S")


def is_caption(text: str) -> bool:
    return bool(CAPTION.match(text)) and len(text.split()) <= CAPTION_WORDS and "\n" not in text.strip()


def _resumes(block: Block) -> bool:
    """The rest of the sentence: lower case, and longer than a box's broken line ("managing.”")."""
    return block.kind == "para" and block.table is None and bool(_OPENS_LOWER.match(block.text)) \
        and len(block.text.split()) >= RESUME_WORDS


def _source_note(block: Block) -> bool:
    """A figure's or table's "Source: ..." line, standing alone: the figure's words, its own passage, and the
    paragraph a figure interrupted goes on after it."""
    return block.kind == "para" and block.table is None and bool(SOURCE.match(block.text)) \
        and len(block.text.split()) <= CAPTION_WORDS and "\n" not in block.text.strip()


def _pull_quotes(blocks: list[Block]) -> set[int]:
    """Blocks that are a pull quote: a short quotation standing alone ("“The landlord recorded the arrears but did not
    connect them with her failing health.”") whose words a paragraph of the same document says (blind round 76's
    e-mail newsletter, where it ran on as the next paragraph's last words). A quotation no paragraph repeats stays."""
    whole = "\n".join(b.text for b in blocks)
    out = set()
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if b.kind in ("para", "heading") and b.table is None and len(text) >= 30 and text[0] in "“\"‘'" \
                and text[-1] in "”\"’'" and len(text.split()) <= CAPTION_WORDS:
            words = text[1:-1].strip().rstrip(".,;:!?")
            if len(words.split()) >= 5 and whole.count(words) >= 2:
                out.add(i)
    return out


def set_aside(blocks: list[Block]) -> list[Block]:
    """The blocks, with each box found between the two halves of a paragraph's sentence made one ``aside``
    block. The box's blocks must be few and short, one of them must end a sentence (a typescript saved with a
    paragraph per line is not boxes: "... decided in March" / "2009 to hold a review after Edna, a woman of" /
    "seventy-nine, was found ..."), and none of them may be a table's row, a numbered paragraph or a list under
    the paragraph (a lead-in without its colon, then its items)."""
    out: list[Block] = []
    pulled = _pull_quotes(blocks)
    blocks = [dataclasses.replace(b, kind="aside") if _source_note(b) or i in pulled else b
              for i, b in enumerate(blocks)]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        out.append(block)
        i += 1
        if block.kind != "para" or block.table is not None or len(block.text.split()) < 8 \
                or not _MID_SENTENCE.search(block.text.rstrip()):
            continue
        j = i
        while j < len(blocks) and j - i < MOST_BLOCKS and not _resumes(blocks[j]) and blocks[j].table is None \
                and blocks[j].kind != "aside" and not PARA_START_RE.match(blocks[j].text):
            j += 1
        box = blocks[i:j]
        if box and j < len(blocks) and _resumes(blocks[j]) and box[0].kind != "bullet" \
                and not all(is_caption(b.text) for b in box) and any(_ENDS.search(b.text.rstrip()) for b in box) \
                and sum(len(b.text.split()) for b in box) <= MOST_WORDS:
            out.append(Block(text="\n".join(b.text for b in box), kind="aside", page=box[0].page,
                             page_label=box[0].page_label))
            i = j
    return out


def continues(text: str, block: Block) -> bool:
    """An unnumbered block that completes the passage before it (a list's tail, a sentence cut short)."""
    if block.kind == "bullet":
        return True
    last = text.rstrip().splitlines()[-1] if text.strip() else ""
    return bool(last) and (last.endswith(":") or (last.startswith("•") and block.text[:1].islower()))
