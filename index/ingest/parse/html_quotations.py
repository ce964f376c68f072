"""A report's numbered paragraphs quoted in a web page's block quotations, each ending with its quotation.

An article, a thesis, a briefing or a blog post published as HTML (a journal's article page rendered from JATS XML
among them) quotes a review's numbered paragraphs in block quotations (``<blockquote>``, JATS's ``<disp-quote>``),
the number printed before the text in an element of its own (JATS's ``<label>``, rendered as ``<span
class="label">3.2</span>`` and floated into the margin) or typed at the start of each quoted paragraph, often with
an attribution after them ("SAR Mr D, para. 4.1"). What the page says between its quotations is its writer's own:
the prose before and after them (which may open with a paragraph's number: "5.4 and 5.5 were the paragraphs
..."), a participant's words, a box's caption. So:

- a quotation (an outermost ``<blockquote>``, or one :func:`.html_lessons._cited_quotes` reads as the paragraph its
  attribution cites) whose text opens with a paragraph number -- its first block a number alone, as a label prints
  it, or text that opens with one -- is the report's paragraphs: every block read from it carries a ``table`` mark
  of the quotation's own, as a quoted block in a PDF does (:mod:`.quoted_paragraphs`), so that a paragraph begun in
  it ends with it (:func:`..passages.cut_passages`) and what follows is a passage of its own; a number alone is
  typed at the start of the text after it, as :func:`.html_pages.number_lines` does outside quotations. A
  quotation that opens with anything else (a participant's "When I read 3.4 I thought ...") is left as it was;
- an attribution may close with the quoting writer's note of what they changed -- "(emphasis added)", "[italics
  mine]", "(original emphasis)", "(footnotes omitted)" -- after the paragraph it cites: the note is the writer's,
  no part of the citation (:func:`without_notes`).

The quotations are marked in the page just before it is read, with a private-use character in an element of its own
before and after each (U+E005, U+E006; html_pages, html_lessons and html_cards use U+E000 to U+E004), and the marks
are taken out of the blocks read (:func:`quotation_ends`). The mark's element is a ``<blockquote>`` too: where the
quotation stands, it is read as the quotation is (a block of its own, or a part of the one block its list item or
cell is read as), and no element round it is read differently for holding it.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block
from .common import PARA_START_RE, is_paragraph_number

OPEN, CLOSE = "\ue005", "\ue006"
CITED = "data-cited-paragraph"  # set on a quotation read as the paragraph its attribution cites (html_lessons)
MAX_NOTES = 3  # editorial notes taken off one attribution's end
# the words of an editorial note: what was emphasised, added or left out, and whose it is
_NOTE_WORDS = (r"emphas[ie]s|italics?|italici[sz]ed|bold|underlin\w*|added|omitted|removed|original|mine|ours"
               r"|footnotes?|citations?|references?")
_NOTE = re.compile(rf"(?:\s*[(\[][^()\[\]]{{0,40}}?\b(?:{_NOTE_WORDS})\b[^()\[\]]{{0,40}}[)\]]"
                   rf"|\s*[,;]\s*(?:[\w’' ]{{0,20}}?\b)?(?:{_NOTE_WORDS})\b[\w’' ]{{0,20}})\s*\.?$", re.IGNORECASE)


def without_notes(attribution: str) -> str:
    """An attribution without the editorial notes at its end: "SAR Mr D, para. 4.1 (emphasis added)" is "SAR Mr D,
    para. 4.1"; one without such a note is returned as it is."""
    for _ in range(MAX_NOTES):
        m = _NOTE.search(attribution)
        if m is None:
            break
        attribution = attribution[:m.start()].rstrip()
    return attribution


def _is_quotation(tag) -> bool:
    return tag.name == "blockquote" or tag.has_attr(CITED)


def quotations(root):
    """``root``, each outermost quotation in it put between an element holding ``OPEN`` and one holding ``CLOSE``
    (for :func:`quotation_ends`)."""
    from bs4 import Tag

    for quote in root.find_all(_is_quotation):
        if quote.find_parent(_is_quotation) is not None:
            continue
        for mark, place in ((OPEN, quote.insert_before), (CLOSE, quote.insert_after)):
            element = Tag(name="blockquote")
            element.string = mark
            place(element)
    return root


def _numbered(run: list[Block]) -> bool:
    """A quotation's blocks open with a paragraph number: a number alone, or text that opens with one."""
    first = run[0].text.strip()
    return is_paragraph_number(first.rstrip(".")) or PARA_START_RE.match(first) is not None


def _ended(run: list[Block], mark: int) -> list[Block]:
    """A quotation's blocks, each with the quotation's ``table`` mark where it opens with a paragraph number (a row
    of a table inside it keeps its table's), a number alone typed at the start of the text after it."""
    if not run or not _numbered(run):
        return run
    first = run[0].text.strip()
    if is_paragraph_number(first.rstrip(".")) and len(run) > 1 and run[1].kind == "para" and run[1].table is None:
        run = [dataclasses.replace(run[1], text=f"{first.rstrip('.')} {run[1].text}"), *run[2:]]
    return [dataclasses.replace(b, table=mark) if b.table is None else b for b in run]


def quotation_ends(blocks: list[Block]) -> list[Block]:
    """The blocks, those of each quotation that opens with a paragraph number marked to end with it (see the
    module's docstring), and the marks :func:`quotations` put in gone."""
    if not any(OPEN in b.text or CLOSE in b.text for b in blocks):
        return blocks
    mark = max((b.table for b in blocks if b.table is not None), default=0) + 1
    out: list[Block] = []
    run: list[Block] | None = None  # the blocks of the quotation being read
    for b in blocks:
        if b.text in (OPEN, CLOSE):
            out += _ended(run, mark) if run is not None and b.text == CLOSE else run or []
            run, mark = ([] if b.text == OPEN else None), mark + 1
            continue
        if OPEN in b.text or CLOSE in b.text:  # a quotation inside one block (a list item's): read as it was
            out += run or []
            run = None
            b = dataclasses.replace(b, text=" ".join(b.text.replace(OPEN, " ").replace(CLOSE, " ").split()))
            if not b.text:
                continue
        (out if run is None else run).append(b)
    return out + (run or [])
