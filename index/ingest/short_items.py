"""Short numbered items under a lead-in are a list, not paragraphs.

A coroner's report to prevent future deaths opens "THIS REPORT IS BEING SENT TO:" and lists its addressees "1. The
Chief Executive, ... (FICTIONAL)", "2. ..."; the matters of concern that follow are numbered "(1)" to "(n)". Taken
for paragraphs 1 to 3, the addressees would use up the numbers the matters of concern need. Items numbered 1, 2,
... in turn under a lead-in ending ":", each short and without a full stop, are joined to their lead-in, one line
each, as the list they are. Short points under a lead-in with full stops ("1. Phones on silent.") stay blocks, but
they are no summary's paragraphs numbered before a report's "1.1" either (:func:`listed_points`).
"""

from __future__ import annotations

import re

from ..types import Block

_ITEM = re.compile(r"(?P<n>\d{1,2})[.)]\s+\S.*[^.!?]", re.DOTALL)
ITEM_WORDS = 15


def _next_item(lead: Block, item: Block) -> bool:
    m = _ITEM.fullmatch(item.text)
    if m is None or lead.kind != "para" or lead.table != item.table or len(item.text.split()) > ITEM_WORDS:
        return False
    if lead.text.endswith(":"):
        return m["n"] == "1"
    before = _ITEM.fullmatch(lead.text.rsplit("\n", 1)[-1])  # the item before, already joined to the lead-in
    return ":\n" in lead.text and before is not None and int(before["n"]) + 1 == int(m["n"])


def join_items(blocks: list[Block]) -> list[Block]:
    """The blocks, with each run of short numbered items joined to the lead-in before it."""
    out: list[Block] = []
    for b in blocks:
        if b.kind == "para" and out and _next_item(out[-1], b):
            lead = out[-1]
            out[-1] = Block(text=f"{lead.text}\n{b.text}", kind="para", page=lead.page, page_label=lead.page_label,
                            table=lead.table)
        else:
            out.append(b)
    return out


_POINT = re.compile(r"(?P<n>\d{1,2})[.)]\s+\S.*", re.DOTALL)


def listed_points(blocks: list[Block]) -> set[int]:
    """The blocks of each run of two or more points numbered 1, 2, ... in turn under a lead-in ending ":", every
    one short, stop or none ("Go through the ground rules before anything else:", "1. Phones on silent.", "2. ...",
    a trainer's notes in a deck that quotes a review's "5.1"): a list of its own, not a summary's paragraphs
    numbered before a report's "1.1" (where the numbered items are the document's numbering, they are read so)."""
    found: set[int] = set()
    for i, lead in enumerate(blocks):
        if lead.kind != "para" or not lead.text.rstrip().endswith(":"):
            continue
        run: list[int] = []
        for j in range(i + 1, len(blocks)):
            m = _POINT.fullmatch(blocks[j].text.strip())
            if blocks[j].kind != "para" or m is None or int(m["n"]) != len(run) + 1:
                break
            run.append(j)
        if len(run) >= 2 and all(len(blocks[j].text.split()) <= ITEM_WORDS for j in run):
            found.update(run)
    return found
