"""Near-synonyms of safeguarding vocabulary, for a question's focus (support.py).

A practitioner asks about children who "ran off" or a social worker with "too many cases"; the report says
"missing episodes" and "caseload". The focus words of such a question are rare or absent in the sentence
that answers it, so the sentence's coverage of the focus is low and the factor is dropped. The curated
table ``content/thesaurus.yaml`` lists groups of terms a practitioner would take to mean the same thing in
this domain (plain words, jargon and abbreviations). Where a phrase of a group occurs in the question, the
focus words it is made of are also carried by a sentence holding any other phrase of that group.

Phrases are matched as contiguous runs of stemmed words (the stemmer BM25 uses), stop words kept, so that
"was not brought" is not matched by "brought" alone. Where phrases overlap in the question, the longest
wins.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

_WORD = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)?")

Phrase = tuple[str, ...]


@functools.cache
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def stems(text: str) -> list[str]:
    """The text's words, lower-cased and stemmed, stop words kept ("A&E" is one word)."""
    return _stemmer().stemWords(_WORD.findall(text.lower().replace("’", "'").replace("'", "")))


def contains(seq: list[str], phrase: Phrase) -> bool:
    """Does ``phrase`` occur in ``seq`` as a contiguous run?"""
    n = len(phrase)
    if n == 1:
        return phrase[0] in seq
    first = phrase[0]
    return any(seq[i:i + n] == list(phrase) for i, w in enumerate(seq) if w == first)


class Thesaurus:
    """Groups of interchangeable phrases."""

    def __init__(self, groups: list[list[str]]) -> None:
        self.groups: list[list[Phrase]] = []
        self._by_first: dict[str, list[tuple[Phrase, int]]] = {}
        for terms in groups:
            phrases = list(dict.fromkeys(p for p in (tuple(stems(str(t))) for t in terms) if p))
            if len(phrases) < 2:
                continue
            g = len(self.groups)
            self.groups.append(phrases)
            for p in phrases:
                self._by_first.setdefault(p[0], []).append((p, g))

    def __len__(self) -> int:
        return len(self.groups)

    def matches(self, question: str) -> list[tuple[Phrase, int]]:
        """The group phrases found in the question, longest first where they overlap, in question order."""
        seq = stems(question)
        found: list[tuple[int, int, Phrase, int]] = []  # (start, end, phrase, group)
        for i, w in enumerate(seq):
            for phrase, g in self._by_first.get(w, ()):
                if tuple(seq[i:i + len(phrase)]) == phrase:
                    found.append((i, i + len(phrase), phrase, g))
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        taken: set[int] = set()
        kept = []
        for start, end, phrase, g in found:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                kept.append((start, phrase, g))
        return [(phrase, g) for _, phrase, g in sorted(kept)]

    def alternatives(self, question: str, terms: list[str]) -> dict[str, list[Phrase]]:
        """For each focus term (a BM25 stem) inside a matched phrase: the other phrases of its group."""
        out: dict[str, list[Phrase]] = {}
        wanted = set(terms)
        for phrase, g in self.matches(question):
            others = [p for p in self.groups[g] if p != phrase]
            for t in wanted.intersection(phrase):
                out.setdefault(t, [])
                out[t].extend(p for p in others if p not in out[t])
        return out


def load(path: Path) -> Thesaurus:
    """The table at ``path`` (``groups:``, a list of lists of terms); an absent file gives an empty one."""
    if not path.exists():
        return Thesaurus([])
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups = data.get("groups") or [] if isinstance(data, dict) else []
    return Thesaurus([list(map(str, g)) for g in groups if isinstance(g, list)])
