"""FAISS over normalised vectors (inner product = cosine): exact search up to a size, beyond it HNSW over
8-bit scalar-quantised vectors (384 bytes a vector instead of 1,536, plus the graph). One builder and one
loader, for the passage vectors (``dense.faiss``).

Passages removed since the index was built stay in it until the next full rebuild and are skipped at search
time (``deleted``: their ids), so adding or replacing a report only adds its vectors (:func:`add`)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import numpy as np

HNSW_M = 32  # neighbours per node
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256  # recall@10 against exact 0.981 at 500,000 passages (0.977 at 128); BENCHMARKS.md


def build(vecs: np.ndarray, ids: np.ndarray, dim: int, exact_index_max: int) -> tuple[Any, str]:
    """An id-mapped index and its kind ("flat" up to ``exact_index_max`` vectors, else "hnsw-sq8")."""
    import faiss

    base: Any
    if len(ids) <= exact_index_max:
        base, kind = faiss.IndexFlatIP(dim), "flat"
    else:
        lib: Any = faiss  # its type stubs lag the library (8-bit codes, search parameters)
        base = lib.IndexHNSWSQ(dim, lib.ScalarQuantizer.QT_8bit, HNSW_M, lib.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        kind = "hnsw-sq8"
    index = faiss.IndexIDMap2(base)
    if len(ids):
        if not index.is_trained:  # the quantiser learns each dimension's range from the vectors themselves
            index.train(np.ascontiguousarray(vecs, dtype=np.float32))
        index.add_with_ids(np.ascontiguousarray(vecs, dtype=np.float32), ids)
    return index, kind


def add(index: Any, vecs: np.ndarray, ids: np.ndarray) -> None:
    """Add vectors to a built index (a trained quantiser keeps the range it learned)."""
    if len(ids):
        index.add_with_ids(np.ascontiguousarray(vecs, dtype=np.float32), np.asarray(ids, dtype=np.int64))


def ids_of(index: Any) -> np.ndarray:
    """Every id the index holds (deleted ones included)."""
    import faiss

    return faiss.vector_to_array(index.id_map)


def write(index: Any, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def load(path: Path) -> Any:
    import faiss

    index: Any = faiss.read_index(str(path))
    if is_hnsw(index):
        # the inner index comes back as a plain Index: only its downcast has ``hnsw``
        inner: Any = faiss.downcast_index(index.index)
        inner.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def is_hnsw(index: Any) -> bool:
    import faiss

    return hasattr(index, "index") and hasattr(faiss.downcast_index(index.index), "hnsw")


def search(index: Any, vector: np.ndarray, k: int, deleted: np.ndarray | None = None) -> list[tuple[int, float]]:
    """Best (id, cosine) pairs, never one of the ``deleted`` ids."""
    import faiss

    if index.ntotal == 0:
        return []
    params: Any = None
    if deleted is not None and len(deleted):
        batch = faiss.IDSelectorBatch(deleted)
        sel = faiss.IDSelectorNot(batch)  # both kept referenced until the search is done
        lib: Any = faiss  # its type stubs lag the library (search parameters)
        params = lib.SearchParametersHNSW() if is_hnsw(index) else lib.SearchParameters()
        params.sel = sel
        if is_hnsw(index):
            params.efSearch = HNSW_EF_SEARCH
    # one query on one thread: OpenMP's threads, left waiting beside the sentence model's (ONNX Runtime's), nearly
    # doubled a whole answer's time on two cores (BENCHMARKS.md, forty-second round); building is left as it was
    threads = _default_threads()
    faiss.omp_set_num_threads(1)
    try:
        scores, ids = index.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), min(k, index.ntotal),
                                   params=params)
    finally:
        faiss.omp_set_num_threads(threads)  # the default, not a count read now (another thread's search may set 1)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


@functools.cache
def _default_threads() -> int:
    """OpenMP's thread count for FAISS as the process started (OMP_NUM_THREADS, else one per core)."""
    import faiss

    return int(faiss.omp_get_max_threads())


def reconstruct(index: Any, ids: list[int], dim: int) -> list[np.ndarray]:
    """The stored vectors of these ids (zeros for an id not in the index)."""
    out = []
    for pid in ids:
        try:
            out.append(index.reconstruct(int(pid)))
        except RuntimeError:  # not in the index
            out.append(np.zeros(dim, dtype=np.float32))
    return out
