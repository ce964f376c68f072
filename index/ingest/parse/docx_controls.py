"""A Word template's boxes (content controls): what labels a box is the template's, not the report's.

A form made in Word (a partnership's report template) asks for each part of the report in a content control
(``w:sdt``), a box the author types into, and labels the box outside it: in the same paragraph, before the box
("Family's contribution (optional): [box]", "Signed: [box]"), or in the cell before the box's cell in a table row
(a terms-of-reference table: "ToR 2 - Were risk assessments timely?" beside the box that answers it). A label is
the template's, no paragraph's text: read after the paragraph above it, it would end that paragraph ("... at
Kilvardine in September. Family's contribution (optional):"). A label whose boxes still show their placeholders
(unused: "Click or tap here to enter text.") labels nothing and is left out; a label in the cell beside a filled
box is a heading over its answer; a label and its filled box in one paragraph ("Version: 0.7") is a field, read as
it was. A paragraph that opens with a paragraph number, or is longer than a label, is text, never a label. A table
of labels beside boxes holding the author's paragraphs is the template's layout, not rows of data
(:func:`boxed_answers`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...types import Block
from .common import PROSE_CELL_WORDS, is_paragraph_number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LABEL_WORDS = 40  # a box's label is a line or two (a term of reference); a longer paragraph is text
LABEL_LEVEL = 9  # a box's label heads its answer below every heading of the document


def placeholder(el: Any) -> bool:
    """A content control still showing its template's prompt ("Click or tap here to enter text."), or a run of
    hidden text: nothing the report's readers see."""
    flag = el.find(f"{W}sdtPr/{W}showingPlcHdr") if el.tag == f"{W}sdt" else None
    if flag is None and el.tag == f"{W}r":  # hidden text (a template's guidance left in) is never printed
        flag = el.find(f"{W}rPr/{W}vanish")
    return flag is not None and flag.get(f"{W}val", "true").lower() not in ("0", "false", "off")


def box_label(p: Any, block: Block | None) -> Block | None:
    """``block``, read from the Word paragraph ``p``, as the module says: None for the label of unused boxes, a
    heading for a label in the cell beside a filled box, else ``block`` as it was."""
    if block is None or block.kind not in ("para", "heading") or not _label(block.text):
        return block
    inline = list(p.iterchildren(f"{W}sdt"))
    if inline:  # the label, then its boxes, ending the paragraph
        ends = not any(t.text for sib in inline[-1].itersiblings() for t in sib.iter(f"{W}t"))
        return None if ends and all(map(placeholder, inline)) else block
    tc = p.getparent()
    cell = next(tc.itersiblings(f"{W}tc", f"{W}sdt"), None) if tc is not None and tc.tag == f"{W}tc" else None
    if cell is None or p.find(f".//{W}sdt") is not None or not _boxes(cell):
        return block
    if not _shown(cell):
        return None
    return dataclasses.replace(block, kind="heading", level=block.level if block.kind == "heading" else LABEL_LEVEL)


def boxed_answers(rows: list[list[Any]]) -> bool:
    """Rows of table cells (``w:tc``): do they set labels beside boxes holding the author's paragraphs (terms of
    reference, each beside its answer)? So they do when a row of two cells has a label in the first, outside any
    box, and in the second a box of the author's text: more than one paragraph or line, or a sentence of
    ``PROSE_CELL_WORDS`` words or more. Such a table is a layout, read as body text."""
    return any(len(row) == 2 and _label(_outside(row[0])) and any(map(_prose, _boxes(row[1]))) for row in rows)


def _label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= LABEL_WORDS and not is_paragraph_number(words[0].rstrip("."))


def _boxes(cell: Any) -> list[Any]:
    """The content controls of a cell: the cell-level control it stands in, or those inside it."""
    up = cell.getparent()
    if cell.tag == f"{W}tc" and up is not None and up.tag == f"{W}sdtContent" and len(up) == 1:
        return [up.getparent()]
    return [cell] if cell.tag == f"{W}sdt" else list(cell.iter(f"{W}sdt"))


def _outside(tc: Any) -> str:
    """The text of a cell outside the content controls in it."""
    def boxed(t: Any) -> bool:
        for up in t.iterancestors():
            if up is tc or up.tag == f"{W}sdt":
                return up is not tc
        return False
    return " ".join(t.text or "" for t in tc.iter(f"{W}t") if not boxed(t))


def _prose(box: Any) -> bool:
    """Whether a box (a content control) holds the author's text, as :func:`boxed_answers` says."""
    if placeholder(box):
        return False
    lines = [" ".join(t.text or "" for t in p.iter(f"{W}t")) for p in box.iter(f"{W}p")]
    text = " ".join(" ".join(lines).split())
    breaks = sum(1 for br in box.iter(f"{W}br") if br.get(f"{W}type") in (None, "textWrapping"))
    return sum(1 for ln in lines if ln.strip()) > 1 or (bool(text) and breaks > 0) or (
        len(text.split()) >= PROSE_CELL_WORDS and text.endswith((".", "!", "?", '"', "”")))


def _shown(el: Any) -> bool:
    """Whether ``el`` shows any text but placeholders."""
    return any(t.text and t.text.strip() and not any(map(placeholder, t.iterancestors(f"{W}sdt")))
               for t in el.iter(f"{W}t"))
