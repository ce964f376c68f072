"""What whoever republished a report put in front of it, none of it the report's.

A report reaches readers as others keep it: downloaded from a university repository with the repository's cover
sheet prepended (a citation, a licence and "Terms of use" numbered "1." to "4."), or re-typed by a volunteer or an
editor who sets out the "Transcription conventions" first, numbered "1." to "4." too. Those numbered points are the
repository's or the transcriber's, never a summary's numbers before the report's "1.1" (:func:`..passages._detect`),
as a disclosure letter's own points are not (:mod:`.letters`). So are the learning outcomes that training material
quoting a review (a facilitator's guide, a workbook) sets before it: "Learning outcomes", "Session objectives", "By
the end of this session you will be able to:", then "1. Describe ...", "2. Explain ...". They are read as the run of
numbered points (and the lines that go on from them) right after such a head; a report's own "Terms of reference"
is no such head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Block

# the head a repository's cover sheet or a transcriber's or editor's note on the text sets over its numbered points:
# "Terms of use", "Conditions of use and re-use", "Terms and conditions of use", "Take down policy", "Transcription
# conventions", "Editorial conventions", "Transcriber's notes", "Note on the transcription"
ADDED_HEAD = re.compile(
    r"^(?:(?:terms|conditions)(?:\s+and\s+conditions)?\s+(?:of|for)\s+(?:use|re-?use|access)(?:\s+and\s+re-?use)?"
    r"|take[\s-]?down\s+(?:policy|notice)"
    r"|(?:transcription|editorial|transcriber['’]s|editor['’]s)\s+(?:conventions|notes?|principles|practice)"
    r"|(?:a\s+)?note\s+on\s+(?:the\s+)?(?:transcription|edition|text))\s*:?$", re.IGNORECASE)
# the head training material sets over what a session is for: "Learning outcomes", "Session objectives", "Aims and
# objectives", "By the end of this session you will be able to:"
OUTCOMES_HEAD = re.compile(
    r"^(?:(?:intended\s+|expected\s+)?(?:learning|session|course|training|workshop|module)\s+(?:outcomes|objectives|aims)"
    r"|aims\s+and\s+(?:objectives|outcomes)|by\s+the\s+end\s+of\s+(?:this|the)\s+(?:session|course|workshop|training"
    r"|module|event|briefing)\b[^.!?]{0,80})\s*:?$", re.IGNORECASE)
# one of the points under it: "1.", "(2)", "3)", "iv.", "(b)"
_POINT = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[ivx]{1,4}[.)]|\([a-z]\))\s+\S")


def in_added_front(blocks: Sequence[Block]) -> set[int]:
    """The blocks of the numbered points after a repository's or a transcriber's head: the run of points (a bullet,
    or a line going on in lower case, stays in the run) up to the first block that is none of them."""
    added: set[int] = set()
    opened = False
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if ADDED_HEAD.match(text) or OUTCOMES_HEAD.match(text):
            opened = True
        elif opened and (_POINT.match(text) or b.kind == "bullet" or text[:1].islower()):
            added.add(i)
        else:
            opened = False
    return added
