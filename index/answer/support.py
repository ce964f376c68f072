"""Does a sentence support what the question is specifically about, not merely its domain?

Questions about neighbouring topics ("pensions of social workers who move councils") sit close to a
safeguarding library in embedding space: children, agencies and social workers are everywhere in it. One
cosine threshold cannot separate them from real questions worded unlike the text. So each factor is also
scored on the question's *focus*: its content words (stemmed as for BM25) weighted by how rare they are in
this store (inverse document frequency), a word the store never uses weighing most. A factor's coverage is
the share of that weight its sentence (with its list's lead-in) carries. Support is a blend of the
sentence's cosine and its coverage; the blend and the threshold are settings chosen from a curve
(BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Callable

from ..store.sparse import tokenize

# words that say what kind of answer is wanted, not what it is about
_ASKING = {"what", "why", "how", "which", "when", "where", "who", "did", "do", "does", "say", "said", "find",
           "found", "factor", "lesson", "learn", "learnt", "review", "report", "inquiri", "inquiry", "happen",
           "wrong", "went", "tell", "main", "key", "issu", "problem", "reason", "mean", "there", "were", "had",
           "been", "anyth", "anything", "someth", "we", "our", "us", "should", "can", "could", "would"}


class Focus:
    """The question's content words with their weights (inverse document frequency in this store)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.total = sum(weights.values())

    def coverage(self, text: str) -> float:
        """Share of the focus weight that ``text`` carries (1.0 when the question has no focus words)."""
        if not self.total:
            return 1.0
        present = set(tokenize([text])[0])
        return sum(w for t, w in self.weights.items() if t in present) / self.total


def focus_of(query: str, idf: Callable[[list[str]], dict[str, float]]) -> Focus:
    terms = [t for t in dict.fromkeys(tokenize([query])[0]) if t not in _ASKING and len(t) > 1]
    return Focus(idf(terms) if terms else {})
