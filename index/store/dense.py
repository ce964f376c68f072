"""FAISS over normalised vectors (inner product = cosine): exact search up to a size, HNSW beyond it.
One builder and one loader, for the passage vectors (``dense.faiss``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

HNSW_M = 32  # neighbours per node
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128


def build(vecs: np.ndarray, ids: np.ndarray, dim: int, exact_index_max: int) -> tuple[Any, str]:
    """An id-mapped index and its kind ("flat" up to ``exact_index_max`` vectors, else "hnsw")."""
    import faiss

    base: Any
    if len(ids) <= exact_index_max:
        base, kind = faiss.IndexFlatIP(dim), "flat"
    else:
        base, kind = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT), "hnsw"
        base.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index = faiss.IndexIDMap2(base)
    if len(ids):
        index.add_with_ids(vecs, ids)
    return index, kind


def write(index: Any, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def load(path: Path) -> Any:
    import faiss

    index: Any = faiss.read_index(str(path))
    if hasattr(index, "index") and hasattr(index.index, "hnsw"):
        hnsw: Any = faiss.downcast_index(index.index)
        hnsw.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def search(index: Any, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Best (id, cosine) pairs."""
    if index.ntotal == 0:
        return []
    scores, ids = index.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), min(k, index.ntotal))
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


def reconstruct(index: Any, ids: list[int], dim: int) -> list[np.ndarray]:
    """The stored vectors of these ids (zeros for an id not in the index)."""
    out = []
    for pid in ids:
        try:
            out.append(index.reconstruct(int(pid)))
        except RuntimeError:  # not in the index
            out.append(np.zeros(dim, dtype=np.float32))
    return out
