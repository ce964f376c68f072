"""Keyword retrieval with bm25s over stemmed English tokens. What is indexed for a passage is
``Passage.indexed_text`` (its text with its section heading), the same text that is embedded."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

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

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        vocab = self.bm25.vocab_dict
        tokens = [t for t in tokenize([query])[0] if t in vocab]
        if not tokens:
            return []
        docs, scores = self.bm25.retrieve([tokens], k=min(k, len(self.ids)), show_progress=False, n_threads=1)
        return [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
