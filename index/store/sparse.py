"""Keyword retrieval with bm25s over stemmed English tokens. What is indexed for a passage is
``Passage.indexed_text`` (its text with its section heading), the same text that is embedded."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

DIR = "bm25"


def _bm25s() -> Any:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    return bm25s


def tokenize(texts: list[str]) -> list[list[str]]:
    import Stemmer

    return _bm25s().tokenize(texts, stopwords="en", stemmer=Stemmer.Stemmer("english"), return_ids=False,
                             show_progress=False)


def build(gen: Path, ids: list[int], texts: list[str]) -> None:
    """Write the index for these passages (ids in the same order as texts) into ``gen/bm25``."""
    bm25_dir = gen / DIR
    bm25_dir.mkdir()
    if texts:
        retriever = _bm25s().BM25()
        retriever.index(tokenize(texts), show_progress=False)
        retriever.save(str(bm25_dir), show_progress=False)
    (bm25_dir / "ids.json").write_text(json.dumps(ids))


class SparseIndex:
    def __init__(self, gen: Path) -> None:
        self.bm25 = _bm25s().BM25.load(str(gen / DIR), show_progress=False)
        self.ids: list[int] = json.loads((gen / DIR / "ids.json").read_text())
        self._doc_freq: dict[str, int] | None = None

    def doc_freq(self) -> dict[str, int]:
        """Token -> number of passages that use it (read from the index's term columns)."""
        if self._doc_freq is None:
            counts = np.diff(np.asarray(self.bm25.scores["indptr"]))
            self._doc_freq = {tok: int(counts[i]) for tok, i in self.bm25.vocab_dict.items() if i < len(counts)}
        return self._doc_freq

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        vocab = self.bm25.vocab_dict
        tokens = [t for t in tokenize([query])[0] if t in vocab]
        if not tokens:
            return []
        # bm25s's own top-k (retrieve) partitions every passage's score, though most are exactly zero: about
        # 30 ms a question at 200,000 passages. Choosing among the non-zero scores alone takes about 1 ms.
        scores = self.bm25.get_scores(tokens)
        hit = np.flatnonzero(scores > 0)
        if len(hit) > k:
            hit = hit[np.argpartition(-scores[hit], k - 1)[:k]]
        hit = hit[np.lexsort((hit, -scores[hit]))]  # best first; ties in index order
        return [(self.ids[int(d)], float(scores[d])) for d in hit]


def idf_table(doc_freq: dict[str, int], n_docs: int) -> Callable[[list[str]], dict[str, float]]:
    """BM25's inverse document frequency; a word the store never uses gets the highest weight."""
    def idf(terms: list[str]) -> dict[str, float]:
        return {t: math.log(1 + (n_docs - doc_freq.get(t, 0) + 0.5) / (doc_freq.get(t, 0) + 0.5)) for t in terms}

    return idf
