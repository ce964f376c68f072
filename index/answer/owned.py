"""A document named by whose it is: "moira gibb's social work task force report" (library fresh42 L1294, after its
look, was answered from the Rochdale review's cards)."""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from .apart import DESCRIBED_BEFORE
from .names import ASKING, GENERIC, PERSONS, POINTING, Token, one_kind

OWNING = re.compile(r"['’]s$")


def owned(question: str, toks: list[Token], covered: set[int], known: Set[str], used: Callable[[str], bool],
          common: Callable[[str], bool] | None = None) -> list[str]:
    """A singular kind word with, up to five plain words before it, a possessive name (with the word before it, a
    first name) that no report's names hold, no passage of the store uses and that is no ordinary word nor a word
    for a person ("the parkinsons lady's SAR" describes a case): a document
    of that person's (or body's) the store does not hold, said with the name capitalised."""
    out = []
    for k, t in enumerate(toks):
        if k in covered or not one_kind(question, t):
            continue
        for j in range(k - 1, max(-1, k - 6), -1):
            x = toks[j]
            if j in covered or not x.norm.isalpha() or x.norm in GENERIC or re.search(r"[.,;:!?()]", question[
                    x.end:toks[j + 1].start]):
                break
            if not OWNING.search(question[x.start:x.end]):
                continue
            if len(x.norm) < 3 or x.norm in known | PERSONS or used(x.norm) or (common is not None and common(x.norm)):
                break
            if DESCRIBED_BEFORE.search(question[:x.start]):  # "the exploitation subgroup's report" (L1815)
                break
            first = j - 1 if j > 0 and j - 1 not in covered and toks[j - 1].norm.isalpha() and toks[j - 1].norm \
                not in GENERIC | ASKING | PERSONS | POINTING and question[toks[j - 1].end:x.start].isspace() else j
            name = " ".join(w[:1].upper() + w[1:] for w in question[toks[first].start:x.end].split())
            out.append(name + question[x.end:t.end])
            break
    return out
