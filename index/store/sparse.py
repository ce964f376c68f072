"""Keyword retrieval with bm25s over stemmed English tokens. What is indexed for a passage is
``Passage.indexed_text`` (its text with its section heading), the same text that is embedded.

A generation's keyword index is one or more segments (``bm25/``, then ``bm25-…/`` for passages added since),
each a bm25s index with its own passage ids. A segment's stored scores carry its own inverse document
frequency; with more than one segment, each query term's scores are re-weighted to the frequency over all
segments (as Lucene scores across segments), so a passage scores the same whichever segment holds it.
Passages deleted since a segment was built are masked out. One segment with nothing deleted is searched
exactly as bm25s scores it."""

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


def build(gen: Path, ids: list[int], texts: list[str], name: str = DIR) -> None:
    """Write a segment for these passages (ids in the same order as texts) into ``gen/name``."""
    seg_dir = gen / name
    seg_dir.mkdir()
    if texts:
        retriever = _bm25s().BM25()
        retriever.index(tokenize(texts), show_progress=False)
        retriever.save(str(seg_dir), show_progress=False)
    np.save(seg_dir / "ids.npy", np.asarray(ids, dtype=np.int64))


def lucene_idf(df: float, n_docs: int) -> float:
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


class Segment:
    def __init__(self, seg_dir: Path) -> None:
        self.bm25 = (_bm25s().BM25.load(str(seg_dir), show_progress=False, mmap=True)
                     if (seg_dir / "params.index.json").exists() else None)
        ids_npy, ids_json = seg_dir / "ids.npy", seg_dir / "ids.json"  # ids.json: written before 2026-12-01
        self.ids = np.load(ids_npy) if ids_npy.exists() else np.asarray(json.loads(ids_json.read_text()),
                                                                            dtype=np.int64)
        self.vocab: dict[str, int] = self.bm25.vocab_dict if self.bm25 is not None else {}
        self.counts = (np.diff(np.asarray(self.bm25.scores["indptr"])) if self.bm25 is not None
                       else np.zeros(0, dtype=np.int64))
        self.dead: np.ndarray | None = None  # positions of deleted passages

    def df(self, token: str) -> int:
        i = self.vocab.get(token)
        return int(self.counts[i]) if i is not None and i < len(self.counts) else 0

    def scores(self, tokens: list[str], weights: dict[str, float] | None) -> np.ndarray:
        """Each passage's score: bm25s's own, or with each term's scores multiplied by its weight."""
        assert self.bm25 is not None
        if weights is None:
            scores = self.bm25.get_scores(tokens)
        else:
            s = self.bm25.scores
            data, indices, indptr = s["data"], s["indices"], s["indptr"]
            scores = np.zeros(len(self.ids), dtype=np.float32)
            for t in tokens:
                i = self.vocab[t]
                a, b = int(indptr[i]), int(indptr[i + 1])
                np.add.at(scores, indices[a:b], weights[t] * data[a:b])
        if self.dead is not None and len(self.dead):
            scores[self.dead] = 0
        return scores


class SparseIndex:
    def __init__(self, gen: Path, segments: list[str] | None = None, deleted: np.ndarray | None = None) -> None:
        self.segments = [Segment(gen / name) for name in segments or [DIR]]
        self.segments = [s for s in self.segments if s.bm25 is not None]
        if deleted is not None and len(deleted):
            for seg in self.segments:
                seg.dead = np.flatnonzero(np.isin(seg.ids, deleted))
        self.n_docs = sum(len(s.ids) for s in self.segments)
        self._doc_freq: dict[str, int] | None = None

    def doc_freq(self) -> dict[str, int]:
        """Token -> number of passages that use it (read from the index's term columns)."""
        if self._doc_freq is None:
            table: dict[str, int] = {}
            for seg in self.segments:
                for tok, i in seg.vocab.items():
                    if i < len(seg.counts):
                        table[tok] = table.get(tok, 0) + int(seg.counts[i])
            self._doc_freq = table
        return self._doc_freq

    def search(self, query: str, k: int, within: np.ndarray | None = None, extra: str = "",
               extra_weight: float = 1.0) -> list[tuple[int, float]]:
        """Best (passage id, score) pairs; with ``within``, among those passage ids only. The words of ``extra``
        (a question's near-synonyms) that the query does not use count ``extra_weight`` times as much."""
        words = tokenize([query])[0]
        added = {t for t in tokenize([extra])[0] if t not in words} if extra and extra_weight > 0 else set()
        words = words + sorted(added)
        exact = len(self.segments) == 1 and self.segments[0].dead is None and not added
        # near-synonyms together never weigh more than the question's own words
        share = extra_weight * min(1.0, (len(words) - len(added)) / len(added)) if added else 0.0
        found: list[tuple[np.ndarray, np.ndarray]] = []  # (ids, scores) of each segment's hits
        for seg in self.segments:
            tokens = [t for t in words if t in seg.vocab]
            if not tokens:
                continue
            weights = None if exact else {
                t: (share if t in added else 1.0) * (
                    1.0 if len(self.segments) == 1 else lucene_idf(sum(s.df(t) for s in self.segments), self.n_docs)
                    / max(lucene_idf(seg.df(t), len(seg.ids)), 1e-9)) for t in tokens}
            # bm25s's own top-k (retrieve) partitions every passage's score, though most are exactly zero: about
            # 30 ms a question at 200,000 passages. Choosing among the non-zero scores alone takes about 1 ms.
            scores = seg.scores(tokens, weights)
            if within is None:
                hit = np.flatnonzero(scores > 0)
            else:  # a segment's ids are in ascending order
                pos = np.minimum(np.searchsorted(seg.ids, within), len(seg.ids) - 1)
                pos = pos[seg.ids[pos] == within]
                hit = np.sort(pos[scores[pos] > 0])
            if len(hit) > k:
                hit = hit[np.argpartition(-scores[hit], k - 1)[:k]]
            found.append((seg.ids[hit], scores[hit]))
        if not found:
            return []
        ids = np.concatenate([f[0] for f in found])
        scores = np.concatenate([f[1] for f in found])
        order = np.lexsort((ids, -scores))[:k]  # best first; ties by passage id (index order within a segment)
        return [(int(ids[j]), float(scores[j])) for j in order]


def idf_table(doc_freq: dict[str, int], n_docs: int) -> Callable[[list[str]], dict[str, float]]:
    """BM25's inverse document frequency; a word the store never uses gets the highest weight."""
    def idf(terms: list[str]) -> dict[str, float]:
        return {t: lucene_idf(doc_freq.get(t, 0), n_docs) for t in terms}

    return idf
