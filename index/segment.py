"""A passage's units: its sentences and bullet items, each a verbatim substring. Used both at ingest
(each unit gets its own vector, for sentence-level retrieval) and when factors are picked."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREV_END = re.compile(r"\b(?:e\.g|i\.e|etc|para|paras|p|pp|No|no|Dr|Mr|Mrs|Ms|cf|vs|St)\.$")


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str  # "bullet" | "sentence"
    lead_in: str | None = None  # for a bullet: the sentence that introduces its list


def split_sentences(text: str) -> list[str]:
    """Sentences of one line of text; each is a verbatim substring."""
    out: list[str] = []
    for part in _SENT_SPLIT.split(text):
        if out and _ABBREV_END.search(out[-1]):
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    return [p.strip() for p in out if p.strip()]


def segments(text: str) -> list[Segment]:
    units: list[Segment] = []
    lead: str | None = None
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("• "):
            item = line[2:].strip()
            if len(item.split()) >= 2:
                units.append(Segment(item, "bullet", lead))
            continue
        sents = split_sentences(line)
        units.extend(Segment(s, "sentence") for s in sents if len(s.split()) >= 5)
        if sents:
            lead = sents[-1]
    return units
