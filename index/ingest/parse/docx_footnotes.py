"""A review's paragraph quoted in full in a Word footnote, read where the note is printed.

Theses, articles and reports written in Word quote a review's paragraph in a footnote ("Drisdale CSP (2024),
paragraph 5.6, in full:", then "5.6<TAB>The ..."), typed with its number and a tab as block quotations in the body
are. Word keeps the notes in a part of their own (word/footnotes.xml, which python-docx does not read); the body holds
only each note's reference (``w:footnoteReference``). A footnote is printed at the foot of the page that holds its
reference: after that page's text, before the next page's. So a note's paragraph that opens with a typed paragraph
number ("5.6", "12.") and a tab, then a sentence, is read as a block of that page, after its last block (at the end of
the document where the file has no pages). Each such note is a quoted extract (a negative ``table``, as
:mod:`.docx_extracts` marks one): its paragraph ends with it, and takes nothing from the next page's first text.

Endnotes (word/endnotes.xml, ``w:endnoteReference``) are read the same way and printed where Word prints them by
default: after the document's last text, in the order they are referred to (notes gathered at each section's end are
read there too, after the last text, as the file holds no section pages).

The rest of a note is left out as before: a reference, a remark, a lead-in ("... paragraph 6.8, which reads in
full:"), a note that opens with a number in a sentence ("5.3 is the paragraph ..."); so are notes that nothing
refers to (the separators).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from ...types import Block
from ..clean import normalise_text
from .numbering import W

MOST_NOTES = 5_000  # footnotes (and as many endnotes) read from one file
MOST_PARAS = 50  # paragraphs read from one footnote
# a typed paragraph number ("5.6", "4.9.5", "12.") and a tab, then a sentence
_QUOTED = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.)\t+(?=[A-Z\"“‘(])")
_NOT_READ = {f"{W}tabs", f"{W}moveFrom", f"{W}del"}  # a paragraph's tab stops; text moved away or deleted


_ENDNOTE = "e"  # an endnote's id is kept with this before it, apart from the footnote of the same number
_LAST = 1 << 30  # an endnote's "page": after every page's text


def note_refs(p: Any, page: int) -> list[tuple[str, int]]:
    """The footnotes referred to in the paragraph ``p`` (``w:p``), by id, each with the page its reference is on:
    ``page`` (the page the paragraph ends on) less the page breaks after the reference in the paragraph; and the
    endnotes, by :data:`_ENDNOTE` and id, each printed after the last page."""
    out: list[tuple[str, int]] = []
    breaks = 0
    for node in reversed(list(p.iter(f"{W}footnoteReference", f"{W}endnoteReference", f"{W}br",
                                     f"{W}lastRenderedPageBreak"))):
        if node.tag == f"{W}footnoteReference":
            out.append((node.get(f"{W}id", ""), max(page - breaks, 1)))
        elif node.tag == f"{W}endnoteReference":
            out.append((_ENDNOTE + node.get(f"{W}id", ""), _LAST))
        elif node.tag != f"{W}br" or node.get(f"{W}type") == "page":
            breaks += 1
    return out[::-1]


def with_footnotes(blocks: list[Block], document: Any, refs: list[tuple[str, int]]) -> list[Block]:
    """``blocks`` with each referred-to footnote's quoted paragraphs (as the module says) after the last block of the
    page its reference is on (``refs``: the notes' ids and pages in the body's order, as :func:`note_refs` gives
    them); a note referred to twice is read once, where it is first referred to."""
    notes = _quoted_notes(document, "FOOTNOTES", "footnote", "")
    if any(note.startswith(_ENDNOTE) for note, _ in refs):
        notes |= _quoted_notes(document, "ENDNOTES", "endnote", _ENDNOTE)
    low = min([0, *(b.table for b in blocks if b.table is not None)])  # below every quoted extract's id
    last = max([1, *(b.page for b in blocks if b.page is not None)])
    placed: list[tuple[int, list[Block]]] = []
    for note, page in refs:
        if note in notes:
            run = low - len(placed) - 1
            printed = last if page == _LAST else page
            placed.append((page, [Block(text=t, kind="para", page=printed, table=run) for t in notes.pop(note)]))
    if not placed:
        return blocks
    queue = sorted(placed, key=lambda n: n[0])
    out: list[Block] = []
    for b in blocks:
        while queue and b.page is not None and queue[0][0] < b.page:
            out += queue.pop(0)[1]
        out.append(b)
    return out + [b for _, note_blocks in queue for b in note_blocks]


def _quoted_notes(document: Any, part: str, tag: str, prefix: str) -> dict[str, list[str]]:
    """The quoted paragraphs' texts of each note (``tag``: footnote or endnote, in the ``part`` related as
    RELATIONSHIP_TYPE.FOOTNOTES or .ENDNOTES) that has one, by ``prefix`` and the note's id; none where the file has
    no such part or it does not read as XML."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    try:
        blob = document.part.part_related_by(getattr(RT, part)).blob
        root = etree.fromstring(blob, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return {}
    out: dict[str, list[str]] = {}
    for note in itertools.islice(root.iter(f"{W}{tag}"), MOST_NOTES):
        texts = [t for p in itertools.islice(note.iter(f"{W}p"), MOST_PARAS) if (t := _quoted(p))]
        if texts:
            out[prefix + note.get(f"{W}id", "")] = texts
    return out


def _quoted(p: Any) -> str:
    """The note paragraph's text where it opens with a typed paragraph number, a tab and a sentence; else ""."""
    text = "".join("\t" if node.tag == f"{W}tab" else node.text or "" for node in p.iter(f"{W}t", f"{W}tab")
                   if not any(a.tag in _NOT_READ for a in node.iterancestors()))
    return normalise_text(text.replace("\t", " ")) if _QUOTED.match(text) else ""
