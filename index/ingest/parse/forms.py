"""An online form's answers downloaded as text (a review board's portal, an agency contribution typed into it).

The form numbers its boxes ("7. Key events and your agency's response (max 2,000 characters)"), puts a count under
each long answer ("[1,999 of 2,000 characters]") and cuts an answer at its box's limit, the writer going on in the
next box ("8. If you need more space, continue your answer here"). The counts are no one's text; a question is a
heading over its answer; and a paragraph cut mid-sentence goes on in the next box's first words, in lower case.
"""

from __future__ import annotations

import re

from ...types import Block

COUNT = re.compile(r"\[?\d[\d,]* (?:of|/) \d[\d,]* (?:characters|words)(?: used)?\]?", re.IGNORECASE)
QUESTION = re.compile(r"(?:\?|\(max(?:imum)? [\d,]+ (?:characters|words)\))$", re.IGNORECASE)
_UNFINISHED = re.compile(r"[^.!?:;\"”’)]$")


def continued_across_boxes(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a paragraph cut at a box's limit ("... what lay behind the choice. A") joined by its rest,
    the first paragraph under the next box's question, starting in lower case ("fire safety visit took place ...")."""
    out: list[Block] = []
    for b in blocks:
        before = out[-2] if len(out) >= 2 and out[-1].kind == "heading" and QUESTION.search(out[-1].text) else None
        if before is not None and before.kind == "para" and b.kind == "para" and b.text[:1].islower() \
                and _UNFINISHED.search(before.text):
            before.text = f"{before.text} {b.text}"
            continue
        out.append(b)
    return out
