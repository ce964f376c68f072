"""A reply to a report written in Word that quotes the report's paragraphs: the quotations are the report's
paragraphs, the reply's own numbering is not, and a paragraph quoted again is cited where it first appears.

A management response, an agency's reply or an action plan written in Word answers a review paragraph by paragraph:
each of the review's paragraphs it takes up is quoted word for word, typed with the review's own number and a tab
("3.4<TAB>“The ...”") in a style that sets quoted matter apart (a shading fill, a rule down the left, a "Review
quote" style: :mod:`.docx_extracts`), and under it stand the responder's own paragraphs, numbered by Word from a
multilevel list ("2.1 Response: ...", "3.4 Evidence: ..."). Those numbers have the review's shape and may be the
review's very numbers, but they number the reply, not the report its reader cites. Where the quotations are the body
of the document (at least ``MIN_QUOTES`` of them, and at least one for every ``PER_QUOTE`` paragraphs Word numbers
outside them), Word's numbers on the paragraphs outside the quotations are not printed as paragraph numbers (a
heading keeps its number: it is never a paragraph). A report that quotes a few paragraphs of another inside its own
numbered paragraphs has many more paragraphs of its own than quotations, and keeps its numbers.

A quotation repeated later ("... which is repeated here for ease of reference:") is the report's paragraph still,
cited once, where it first appears: a quoted paragraph whose typed number opened an earlier quoted paragraph is left
out when its words are the earlier one's (all of them or a part), and is otherwise kept as a box, with no number.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from typing import Any

from ...types import Block
from .common import is_paragraph_number
from .docx_styles import name_of_style
from .numbering import W, WordNumbering

MIN_QUOTES = 3  # quotations (runs of quoted paragraphs) that make a reply of the document
PER_QUOTE = 8  # the reply's Word-numbered paragraphs for each quotation, at most
MAX_PARAGRAPHS = 100_000  # paragraphs looked at for the reply's numbering: a hostile file's millions are not
# a quoted paragraph's typed number, its tab read as a space ("4.5 “The ...", "12. The ...")
_QUOTED_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}(?=\.))\.?\s")


@dataclass
class ReplyNumbering(WordNumbering):
    """Word's numbering, counted as Word counts it, whose labels on the reply's own paragraphs (``own``) are not
    printed."""

    own: frozenset[Any] = frozenset()  # the paragraphs (``w:p``) whose Word numbers are the reply's

    def label_for(self, ppr) -> str | None:
        label = super().label_for(ppr)
        return None if label and ppr.getparent() in self.own else label


def reply_numbering(document: Any, quoted: dict[Any, int]) -> WordNumbering:
    """The document's Word numbering (``quoted``: its quoted extracts, as :func:`.docx_extracts.quoted_runs` gives
    them): as it is, or, in a reply made of quotations as the module says, without the reply's own numbers."""
    numbering = WordNumbering.from_document(document)
    quotes = len(set(quoted.values()))
    own = _numbered_outside(document, quoted) if quotes >= MIN_QUOTES else []
    if not own or len(own) > PER_QUOTE * quotes:
        return numbering
    return ReplyNumbering(**vars(numbering), own=frozenset(own))


def _numbered_outside(document: Any, quoted: dict[Any, int]) -> list[Any]:
    """The paragraphs outside the quotations, not headings, to which Word gives a paragraph number ("2.1", "3.")."""
    counting = WordNumbering.from_document(document)  # its own counters: the reader's start from nothing
    out: list[Any] = []
    for p in itertools.islice(document.element.body.iter(f"{W}p"), MAX_PARAGRAPHS):
        ppr = p.find(f"{W}pPr")
        label = counting.label_for(ppr) if ppr is not None else None
        if label and p not in quoted and is_paragraph_number(label.rstrip(".)")) and not _heading(ppr, document):
            out.append(p)
    return out


def _heading(ppr: Any, document: Any) -> bool:
    """The paragraph is set in a heading or title style (the DOCX reader's headings keep their numbers)."""
    ps = ppr.find(f"{W}pStyle")
    name = name_of_style(document, ps.get(f"{W}val", "") if ps is not None else "").lower()
    return "heading" in name or name == "title"


def quoted_once(blocks: list[Block]) -> list[Block]:
    """The blocks with each quoted paragraph (the blocks of a quoted extract, ``table`` negative, from one that
    opens with a typed number to the next) whose number opened an earlier one taken out, block by block: left out
    where its words are the earlier one's, set as a box (kind "aside": no paragraph, no number) where they are not."""
    first: dict[str, str] = {}  # a quoted paragraph's number -> its words, over all its blocks
    out: list[Block] = []
    number, again = "", False  # the quoted paragraph the block is in, and whether it was quoted before
    for b in blocks:
        m = _QUOTED_NUMBER.match(b.text) if (b.table or 0) < 0 else None
        if m:
            number, again = m[1], m[1] in first
        elif (b.table or 0) >= 0:
            number, again = "", False
        words = _words(b.text[m.end():] if m else b.text)
        if not again:
            if number:
                first[number] = f"{first.get(number, '')} {words}".strip()
            out.append(b)
        elif f" {words} " not in f" {first[number]} ":
            out.append(dataclasses.replace(b, kind="aside"))
    return out


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
