"""A report not held, named near a definite reference to one: "Child Q in Hackney: what did the CSPR say ...", "the
review into the death of Logan Mwangi" (:class:`.scope.Scoper`, when no other rule names a report)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .cases import NAME_HEADS
from .names import GENERIC, KIND, SINGULAR_KIND_WORDS, Token, fold

_POINTED = re.compile(r"\b(?:the|this|that)\s+(?:(?:19|20)\d\d\s+)?$", re.IGNORECASE)  # "the 2017 review"
_NEAR = 6  # words either side of "the review" in which a name refers to it


def names_near(question: str, toks: list[Token], used: Callable[[str], bool] | None, known: frozenset[str],
               starters: set[str] | frozenset[str]) -> list[str]:
    """'Child Q in Hackney: what did the CSPR say ...', 'the review into the death of Logan Mwangi': a
    definite reference to one report (the, this or that before a singular kind word) with, within
    ``_NEAR`` words on one side, a proper name that neither the catalogue (``known``) nor any passage of the store
    (``used``) uses. A capitalised acronym (MASH, LADO) is not taken for a name; a single letter ("Q" of "Child Q")
    joins a name but is not one on its own."""
    if used is None:
        return []
    for k, t in enumerate(toks):
        word = fold(question[t.start:t.end].split()[-1])
        if t.norm != KIND or word not in SINGULAR_KIND_WORDS \
                or not _POINTED.search(question[:t.start]):
            continue
        for side in (range(max(0, k - _NEAR), k), range(k + 1, min(len(toks), k + 1 + _NEAR))):
            near = [j for j in side if _proper(question, toks, j, used, known, starters)]
            if not any(len(toks[j].norm) >= 3 for j in near):
                continue
            a, b = min(near), max(near)
            if a > 0 and toks[a - 1].norm in NAME_HEADS:
                a -= 1
            return [f"the {question[t.start:t.end]} ({question[toks[a].start:toks[b].end]})"]
    return []


def _proper(question: str, toks: list[Token], j: int, used: Callable[[str], bool], known: frozenset[str],
            starters: set[str] | frozenset[str]) -> bool:
    t = toks[j]
    text = question[t.start:t.end]
    if not t.capital or t.norm == KIND or t.norm in GENERIC or t.norm in starters or t.norm in known:
        return False
    if len(text) == 1:
        return text.isalpha()
    if not text[1:].islower() or not text.isalpha():  # an acronym or a number, not a name
        return False
    return not used(t.norm)
