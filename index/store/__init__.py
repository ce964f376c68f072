"""The store: a directory holding immutable generations, switched atomically.

    STORE/
      CURRENT             name of the live generation (replaced with os.replace: atomic)
      .lock               writers hold an exclusive flock on it
      gen-…/manifest.json schema, model id, dimension, chunker version, counts, index type
      gen-…/passages.sqlite  reports, passages, their vectors and their sentences' vectors (db.py)
      gen-…/dense.faiss   FAISS inner-product index of normalised passage vectors, ids = passage ids (dense.py)
      gen-…/bm25/         bm25s index over the same passages (ids in bm25/ids.npy)  (sparse.py)
      gen-…/bm25-…/       segments added since (large stores; generations.py), hard-linked across generations
      gen-…/deleted.npy   ids still in those indexes whose passages were removed since (skipped in search)

``generations.write_reports`` makes a new generation (see there); :class:`Store` reads the live one.
Opening a store never embeds anything.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import StoreMismatch, StoreMissing
from ..types import Passage, Report
from . import db as sql
from . import dense
from .generations import CHUNKER_VERSION, DELETED, MANIFEST, live_generation, write_reports
from .sparse import SparseIndex, idf_table


class Store:
    """A read-only view of the live generation."""

    def __init__(self, root: Path, gen: Path, manifest: dict[str, Any]) -> None:
        self.root = root
        self.gen = gen
        self.manifest = manifest
        self._db = sql.connect_readonly(gen / sql.FILE, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._columns = sql.passage_columns(int(manifest.get("schema") or sql.SCHEMA_VERSION))
        self._lock = threading.Lock()
        self._dense: Any = None
        self._sparse: SparseIndex | None = None
        self._paragraphs: dict[str, set[str]] = {}
        self._report_ids_cache: dict[frozenset[str], np.ndarray] = {}
        self._full_text: set[str] | None = None
        deleted = gen / DELETED
        self._deleted: np.ndarray | None = np.load(deleted) if deleted.exists() else None

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path | str, model_id: str | None = None) -> Store:
        root = Path(root)
        gen = live_generation(root)
        if gen is None:
            raise StoreMissing(f"no store at {root} (run 'lessons ingest FILE --store {root}' first)")
        try:
            manifest = json.loads((gen / MANIFEST).read_text())
        except (OSError, ValueError) as exc:
            raise StoreMissing(f"store at {root} is damaged: {exc}") from exc
        if manifest.get("schema") not in sql.READABLE_SCHEMAS:
            raise StoreMismatch(f"store at {root} has schema {manifest.get('schema')}, this version "
                                f"reads {sql.SCHEMA_VERSION}; re-ingest into a new store")
        if model_id is not None and manifest.get("model_id") != model_id:
            raise StoreMismatch(f"store at {root} was built with model '{manifest.get('model_id')}', "
                                f"not '{model_id}'; use that model or re-ingest into a new store")
        return cls(root, gen, manifest)

    def close(self) -> None:
        self._db.close()

    @property
    def model_id(self) -> str:
        return str(self.manifest["model_id"])

    @property
    def dim(self) -> int:
        return int(self.manifest["dim"])

    @property
    def size(self) -> int:
        return int(self.manifest.get("passages", 0))

    # -- reading ---------------------------------------------------------------------------------
    def _query(self, query: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(query, args).fetchall()

    def reports(self) -> list[Report]:
        return [sql.report_from_row(r) for r in self._query("SELECT * FROM reports ORDER BY year, short_name")]

    def report(self, report_id: str) -> Report | None:
        rows = self._query("SELECT * FROM reports WHERE report_id = ?", (report_id,))
        return sql.report_from_row(rows[0]) if rows else None

    def passage_counts(self, source_kind: str | None = None) -> dict[str, int]:
        if source_kind is None:
            rows = self._query("SELECT report_id, count(*) AS n FROM passages GROUP BY report_id")
        else:
            rows = self._query("SELECT report_id, count(*) AS n FROM passages WHERE source_kind = ? "
                               "GROUP BY report_id", (source_kind,))
        return {r["report_id"]: r["n"] for r in rows}

    def full_text_reports(self) -> set[str]:
        """Reports whose own text (not only lesson cards) is in the store. A generation never changes,
        so this is read once, not on every question (one indexed look-up per report, not a scan of every
        passage)."""
        if self._full_text is None:
            rows = self._query("SELECT report_id FROM reports r WHERE EXISTS (SELECT 1 FROM passages p "
                               "WHERE p.report_id = r.report_id AND p.source_kind = 'report')")
            self._full_text = {r["report_id"] for r in rows}
        return self._full_text

    def passages(self, ids: list[int]) -> dict[int, Passage]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._query(f"SELECT {self._columns} FROM passages WHERE passage_id IN ({marks})", tuple(ids))
        return {r["passage_id"]: sql.passage_from_row(r) for r in rows}

    def report_passages(self, report_id: str) -> list[Passage]:
        rows = self._query(f"SELECT {self._columns} FROM passages WHERE report_id = ? "
                           "ORDER BY source_kind, ordinal", (report_id,))
        return [sql.passage_from_row(r) for r in rows]

    def paragraphs(self, report_id: str) -> set[str]:
        """The report's own paragraph numbers (read per report from the index, kept for the reports asked)."""
        found = self._paragraphs.get(report_id)
        if found is None:
            if len(self._paragraphs) >= 4096:
                self._paragraphs.clear()
            found = {r["paragraph"] for r in self._query("SELECT DISTINCT paragraph FROM passages WHERE "
                                                        "report_id = ? AND paragraph IS NOT NULL", (report_id,))}
            self._paragraphs[report_id] = found
        return found

    def report_ids_of(self, ids: list[int]) -> dict[int, str]:
        """Passage id -> its report's id (two columns read, not the passages: the scoper asks this of 500 at a time)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._query(f"SELECT passage_id, report_id FROM passages WHERE passage_id IN ({marks})", tuple(ids))
        return {r["passage_id"]: r["report_id"] for r in rows}

    def unit_vectors(self, passage_ids: list[int]) -> dict[int, np.ndarray]:
        """Passage id -> (units × dim) stored vectors of its sentences and items, in segment order."""
        if not passage_ids:
            return {}
        marks = ",".join("?" * len(passage_ids))
        rows = self._query(f"SELECT passage_id, vector FROM units WHERE passage_id IN ({marks}) "
                           f"ORDER BY passage_id, ordinal", tuple(passage_ids))
        vecs = sql.decode_vectors([r["vector"] for r in rows], self.dim)
        out: dict[int, list[int]] = {}
        for i, r in enumerate(rows):
            out.setdefault(r["passage_id"], []).append(i)
        return {pid: vecs[rows_of] for pid, rows_of in out.items()}

    # -- searching -------------------------------------------------------------------------------
    def _load_dense(self) -> Any:
        if self._dense is None:
            self._dense = dense.load(self.gen / "dense.faiss")
        return self._dense

    def _load_sparse(self) -> SparseIndex | None:
        if self._sparse is None and self.size:
            self._sparse = SparseIndex(self.gen, self.manifest.get("segments"), self._deleted)
        return self._sparse

    def load(self) -> Store:
        """Load both indexes now (the bot does this at start-up)."""
        self._load_dense()
        self._load_sparse()
        return self

    @property
    def _quantised(self) -> bool:
        """Whether FAISS holds 8-bit scalar-quantised vectors (large stores), coarser than the database's."""
        return self.manifest.get("index") == "hnsw-sq8"

    def passage_vectors(self, ids: list[int]) -> list[np.ndarray]:
        """The stored vectors of these passages: from the database where FAISS holds coarser ones, else read
        back from the FAISS index (zeros for an id not held)."""
        if not self._quantised:
            return dense.reconstruct(self._load_dense(), ids, self.dim)
        found = self._db_vectors(ids)
        return [found.get(pid, np.zeros(self.dim, dtype=np.float32)) for pid in ids]

    def _db_vectors(self, ids: list[int]) -> dict[int, np.ndarray]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._query(f"SELECT passage_id, vector FROM passages WHERE passage_id IN ({marks})", tuple(ids))
        vecs = sql.decode_vectors([r["vector"] for r in rows], self.dim)
        return {r["passage_id"]: v for r, v in zip(rows, vecs, strict=True)}

    def passage_ids(self, report_ids: set[str]) -> np.ndarray:
        """The passage ids of these reports, in ascending order (kept: a question naming a report asks for
        them twice, once for each search, and the generation never changes)."""
        key = frozenset(report_ids)
        found = self._report_ids_cache.get(key)
        if found is None:
            if len(self._report_ids_cache) >= 1024:
                self._report_ids_cache.clear()
            marks = ",".join("?" * len(key))
            rows = self._query(f"SELECT passage_id FROM passages WHERE report_id IN ({marks}) "
                               "ORDER BY passage_id", tuple(sorted(key)))
            found = self._report_ids_cache[key] = np.array([r["passage_id"] for r in rows], dtype=np.int64)
        return found

    def dense_search(self, vector: np.ndarray, k: int, within: set[str] | None = None) -> list[tuple[int, float]]:
        """Best (passage id, cosine) pairs, over the whole store or ``within`` these reports (every one of
        their passages scored exactly, however deep it would rank in the whole store). A large store's HNSW
        search over 8-bit codes finds the candidates; their cosines are then computed again from the
        database's vectors, and re-ranked."""
        if within is not None:
            vecs = self._db_vectors(self.passage_ids(within).tolist())
            q = np.asarray(vector, dtype=np.float32)
            scored = sorted(((pid, float(np.dot(v, q))) for pid, v in vecs.items()), key=lambda x: (-x[1], x[0]))
            return scored[:k]
        if not self._quantised:
            return dense.search(self._load_dense(), vector, k, self._deleted)
        # 8-bit codes blur the order near the cut: twice as many are fetched, re-scored, and cut
        found = dense.search(self._load_dense(), vector, 2 * k + 16, self._deleted)
        vecs = self._db_vectors([pid for pid, _ in found])
        q = np.asarray(vector, dtype=np.float32)
        rescored = [(pid, float(np.dot(vecs[pid], q))) for pid, _ in found if pid in vecs]
        return sorted(rescored, key=lambda x: (-x[1], x[0]))[:k]

    def term_idf(self) -> Callable[[list[str]], dict[str, float]]:
        """Inverse document frequency of stemmed terms in this store (BM25's)."""
        index = self._load_sparse()
        return idf_table(index.doc_freq() if index is not None else {}, self.size)

    def term_doc_freq(self) -> dict[str, int]:
        """Stemmed term -> how many passages use it."""
        index = self._load_sparse()
        return index.doc_freq() if index is not None else {}

    def sparse_search(self, query: str, k: int, within: set[str] | None = None, extra: str = "",
                      extra_weight: float = 1.0) -> list[tuple[int, float]]:
        """Best (passage id, BM25 score) pairs, over the whole store or ``within`` these reports; ``extra``:
        near-synonyms weighted ``extra_weight``."""
        index = self._load_sparse()
        if index is None:
            return []
        return index.search(query, k, None if within is None else self.passage_ids(within), extra, extra_weight)


def open_store(root: Path | str, model_id: str | None = None) -> Store:
    """Open the live generation of the store at ``root`` (read-only; never embeds)."""
    return Store.open(root, model_id)


__all__ = ["CHUNKER_VERSION", "Store", "open_store", "write_reports"]
