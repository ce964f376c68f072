"""The store: a directory holding immutable generations, switched atomically.

    STORE/
      CURRENT             name of the live generation (replaced with os.replace: atomic)
      .lock               writers hold an exclusive flock on it
      gen-…/manifest.json schema, model id, dimension, chunker version, counts, index type
      gen-…/passages.sqlite  reports, passages and their vectors
      gen-…/dense.faiss   FAISS inner-product index of normalised passage vectors, ids = passage ids
      gen-…/units.faiss   the same for each sentence / list item of a passage, ids = unit ids
      gen-…/bm25/         bm25s index over the same passages (ids in bm25/ids.json)

A write copies the live SQLite into a temporary directory, applies the change there, rebuilds FAISS and
BM25 from the stored vectors (nothing is re-embedded), renames the directory into place and only then
points CURRENT at it. A crash or kill at any point leaves CURRENT on the old generation, so the store is
exactly as it was; leftovers are swept by the next writer. Opening a store never embeds anything.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import secrets
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import StoreLocked, StoreMismatch, StoreMissing
from ..types import CardMeta, IndexedReport, Passage, Report

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 3
_COMPUTED = {"schema", "chunker", "model_id", "dim", "passages", "units", "reports", "index", "unit_index",
             "created"}
CHUNKER_VERSION = "2026-11-22.2"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY, title TEXT NOT NULL, short_name TEXT NOT NULL, year INTEGER,
    url TEXT, source_file TEXT, pages INTEGER, extra TEXT NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
    passage_id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id TEXT NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, paragraph TEXT, page INTEGER, page_ordinal INTEGER,
    section TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
    source_kind TEXT NOT NULL DEFAULT 'report', verified INTEGER NOT NULL DEFAULT 1,
    meta TEXT NOT NULL DEFAULT '{}',
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_report ON passages(report_id, paragraph);
CREATE TABLE IF NOT EXISTS units (
    unit_id INTEGER PRIMARY KEY AUTOINCREMENT,
    passage_id INTEGER NOT NULL REFERENCES passages(passage_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS units_passage ON units(passage_id, ordinal);
"""


def _bm25s():
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    return bm25s


def _stem_tokenize(texts: list[str]) -> list[list[str]]:
    import Stemmer

    bm25s = _bm25s()
    return bm25s.tokenize(texts, stopwords="en", stemmer=Stemmer.Stemmer("english"), return_ids=False,
                          show_progress=False)


def index_text(p: Passage) -> str:
    """What is embedded and keyword-indexed: the passage with its section heading as context."""
    leaf = p.section.split(" > ")[-1] if p.section else ""
    leaf = re.sub(r"^[\dA-Z]+(?:\.\d+)*\.?\s+", "", leaf)
    if p.card is not None and p.card.list:  # a lesson card: its list says what it is an answer to
        leaf = f"{leaf}: {p.card.list}" if leaf else p.card.list
    return f"{leaf}. {p.text}" if leaf else p.text


class Store:
    """A read-only view of the live generation."""

    def __init__(self, root: Path, gen: Path, manifest: dict[str, Any]) -> None:
        self.root = root
        self.gen = gen
        self.manifest = manifest
        self._db = sqlite3.connect(f"file:{gen / 'passages.sqlite'}?mode=ro", uri=True,
                                   check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        self._dense = None
        self._units = None
        self._bm25 = None
        self._bm25_ids: list[int] = []
        self._paragraphs: dict[str, set[str]] | None = None
        self._full_text: set[str] | None = None

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path | str, model_id: str | None = None) -> Store:
        root = Path(root)
        current = root / "CURRENT"
        if not current.is_file():
            raise StoreMissing(f"no store at {root} (run 'lessons ingest FILE --store {root}' first)")
        gen = root / current.read_text().strip()
        try:
            manifest = json.loads((gen / "manifest.json").read_text())
        except (OSError, ValueError) as exc:
            raise StoreMissing(f"store at {root} is damaged: {exc}") from exc
        if manifest.get("schema") != SCHEMA_VERSION:
            raise StoreMismatch(f"store at {root} has schema {manifest.get('schema')}, this version "
                                f"reads {SCHEMA_VERSION}; re-ingest into a new store")
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
    def size(self) -> int:
        return int(self.manifest.get("passages", 0))

    # -- reading ---------------------------------------------------------------------------------
    def _query(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def reports(self) -> list[Report]:
        return [_report(r) for r in self._query("SELECT * FROM reports ORDER BY year, short_name")]

    def report(self, report_id: str) -> Report | None:
        rows = self._query("SELECT * FROM reports WHERE report_id = ?", (report_id,))
        return _report(rows[0]) if rows else None

    def passage_counts(self, source_kind: str | None = None) -> dict[str, int]:
        if source_kind is None:
            rows = self._query("SELECT report_id, count(*) AS n FROM passages GROUP BY report_id")
        else:
            rows = self._query("SELECT report_id, count(*) AS n FROM passages WHERE source_kind = ? "
                               "GROUP BY report_id", (source_kind,))
        return {r["report_id"]: r["n"] for r in rows}

    def full_text_reports(self) -> set[str]:
        """Reports whose own text (not only lesson cards) is in the store. A generation never changes,
        so this is read once, not on every question."""
        if self._full_text is None:
            self._full_text = set(self.passage_counts("report"))
        return self._full_text

    def passages(self, ids: list[int]) -> dict[int, Passage]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._query(f"SELECT {_PCOLS} FROM passages WHERE passage_id IN ({marks})", tuple(ids))
        return {r["passage_id"]: _passage(r) for r in rows}

    def report_passages(self, report_id: str) -> list[Passage]:
        rows = self._query(f"SELECT {_PCOLS} FROM passages WHERE report_id = ? ORDER BY source_kind, ordinal",
                           (report_id,))
        return [_passage(r) for r in rows]

    def paragraphs(self, report_id: str) -> set[str]:
        if self._paragraphs is None:
            table: dict[str, set[str]] = {}
            for r in self._query("SELECT DISTINCT report_id, paragraph FROM passages WHERE paragraph IS NOT NULL"):
                table.setdefault(r["report_id"], set()).add(r["paragraph"])
            self._paragraphs = table
        return self._paragraphs.get(report_id, set())

    def report_ids_of(self, ids: list[int]) -> dict[int, str]:
        return {pid: p.report_id for pid, p in self.passages(ids).items()}

    def unit_vectors(self, passage_ids: list[int]) -> dict[int, np.ndarray]:
        """Passage id -> (units × dim) stored vectors of its sentences and items, in segment order."""
        if not passage_ids:
            return {}
        marks = ",".join("?" * len(passage_ids))
        rows = self._query(f"SELECT passage_id, vector FROM units WHERE passage_id IN ({marks}) "
                           f"ORDER BY passage_id, ordinal", tuple(passage_ids))
        dim = int(self.manifest["dim"])
        out: dict[int, list[np.ndarray]] = {}
        for r in rows:
            out.setdefault(r["passage_id"], []).append(np.frombuffer(r["vector"], dtype=np.float32))
        return {pid: np.vstack(v).reshape(-1, dim) for pid, v in out.items()}

    def unit_passages(self, unit_ids: list[int]) -> dict[int, int]:
        if not unit_ids:
            return {}
        marks = ",".join("?" * len(unit_ids))
        rows = self._query(f"SELECT unit_id, passage_id FROM units WHERE unit_id IN ({marks})", tuple(unit_ids))
        return {r["unit_id"]: r["passage_id"] for r in rows}

    # -- searching -------------------------------------------------------------------------------
    def _load_dense(self):
        if self._dense is None:
            import faiss

            self._dense = faiss.read_index(str(self.gen / "dense.faiss"))
            if hasattr(self._dense, "index") and hasattr(self._dense.index, "hnsw"):
                faiss.downcast_index(self._dense.index).hnsw.efSearch = 128
        return self._dense

    def _load_units(self):
        if self._units is None:
            import faiss

            path = self.gen / "units.faiss"
            self._units = faiss.read_index(str(path))
            if hasattr(self._units, "index") and hasattr(self._units.index, "hnsw"):
                faiss.downcast_index(self._units.index).hnsw.efSearch = 128
        return self._units

    def unit_search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Best (passage id, cosine of its best unit) pairs, from sentence-level vectors."""
        index = self._load_units()
        if index.ntotal == 0:
            return []
        scores, ids = index.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), min(k, index.ntotal))
        owner = self.unit_passages([int(i) for i in ids[0] if i >= 0])
        best: dict[int, float] = {}
        for uid, sc in zip(ids[0], scores[0], strict=True):
            pid = owner.get(int(uid))
            if pid is not None and pid not in best:
                best[pid] = float(sc)
        return sorted(best.items(), key=lambda kv: -kv[1])

    def _load_sparse(self):
        if self._bm25 is None and self.size:
            bm25s = _bm25s()
            self._bm25 = bm25s.BM25.load(str(self.gen / "bm25"), show_progress=False)
            self._bm25_ids = json.loads((self.gen / "bm25" / "ids.json").read_text())
        return self._bm25

    def load(self) -> Store:
        """Load both indexes now (the bot does this at start-up)."""
        self._load_dense()
        self._load_units()
        self._load_sparse()
        return self

    def passage_vectors(self, ids: list[int]) -> list[np.ndarray]:
        """The stored vectors of these passages (read back from the FAISS index)."""
        index = self._load_dense()
        out = []
        for pid in ids:
            try:
                out.append(index.reconstruct(int(pid)))
            except RuntimeError:  # not in the index
                out.append(np.zeros(int(self.manifest["dim"]), dtype=np.float32))
        return out

    def dense_search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        index = self._load_dense()
        if index.ntotal == 0:
            return []
        scores, ids = index.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), min(k, index.ntotal))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def sparse_search(self, query: str, k: int) -> list[tuple[int, float]]:
        bm25 = self._load_sparse()
        if bm25 is None:
            return []
        vocab = bm25.vocab_dict
        tokens = [t for t in _stem_tokenize([query])[0] if t in vocab]
        if not tokens:
            return []
        docs, scores = bm25.retrieve([tokens], k=min(k, len(self._bm25_ids)), show_progress=False,
                                     n_threads=1)
        return [(self._bm25_ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]


def _report(r: sqlite3.Row) -> Report:
    return Report(report_id=r["report_id"], title=r["title"], short_name=r["short_name"], year=r["year"],
                  url=r["url"], source_file=r["source_file"], pages=r["pages"], extra=json.loads(r["extra"]))


_PCOLS = ("passage_id, report_id, ordinal, paragraph, page, page_ordinal, section, text, source_kind, "
          "verified, meta")


def _passage(r: sqlite3.Row) -> Passage:
    return Passage(report_id=r["report_id"], text=r["text"], paragraph=r["paragraph"], page=r["page"],
                   section=r["section"], ordinal=r["ordinal"], page_ordinal=r["page_ordinal"],
                   passage_id=r["passage_id"], source_kind=r["source_kind"], verified=bool(r["verified"]),
                   card=CardMeta.from_json(json.loads(r["meta"])))


# -- writing ------------------------------------------------------------------------------------
@contextlib.contextmanager
def _write_lock(root: Path) -> Iterator[None]:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreLocked(f"store at {root} is being written by another process; try again") from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_reports(
    root: Path | str,
    items: list[IndexedReport],
    model_id: str,
    dim: int,
    remove: list[str] | None = None,
    exact_index_max: int = 50_000,
    extra_manifest: dict[str, Any] | None = None,
    replace_all: bool = False,
) -> dict[str, Any]:
    """Add or replace reports (and remove others) in one atomic step. Returns the new manifest."""
    root = Path(root)
    with _write_lock(root):
        for leftover in root.glob(".tmp-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        old_gen = None
        old_manifest: dict[str, Any] = {}
        current = root / "CURRENT"
        if current.is_file() and not replace_all:
            old_gen = root / current.read_text().strip()
            old_manifest = json.loads((old_gen / "manifest.json").read_text())
            if old_manifest.get("model_id") != model_id or old_manifest.get("dim") != dim:
                raise StoreMismatch(
                    f"store at {root} was built with model '{old_manifest.get('model_id')}', not '{model_id}'")
            if old_manifest.get("schema") != SCHEMA_VERSION:
                raise StoreMismatch(f"store at {root} has an older schema; ingest into a new store")
        tmp = root / f".tmp-{secrets.token_hex(6)}"
        tmp.mkdir()
        db_path = tmp / "passages.sqlite"
        db = sqlite3.connect(db_path)
        try:
            if old_gen is not None:
                src = sqlite3.connect(f"file:{old_gen / 'passages.sqlite'}?mode=ro", uri=True)
                src.backup(db)
                src.close()
            db.executescript(_SCHEMA)
            db.execute("PRAGMA foreign_keys = ON")
            with db:
                # A report's own text and its lesson cards are replaced separately: fetching the full
                # text keeps the cards, rebuilding the cards keeps the full text.
                for item in items:
                    for kind in {p.source_kind for p in item.passages}:
                        _delete(db, "report_id = ? AND source_kind = ?", (item.report.report_id, kind))
                for rid in remove or []:
                    _delete(db, "report_id = ?", (rid,))
                    db.execute("DELETE FROM reports WHERE report_id = ?", (rid,))
                now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
                for item in items:
                    report, passages, unit_vectors = item.report, item.passages, item.unit_vectors
                    db.execute(
                        "INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(report_id) DO UPDATE SET "
                        "title=excluded.title, short_name=excluded.short_name, year=excluded.year, "
                        "url=excluded.url, source_file=coalesce(excluded.source_file, source_file), "
                        "pages=coalesce(excluded.pages, pages), extra=excluded.extra, "
                        "ingested_at=excluded.ingested_at",
                        (report.report_id, report.title, report.short_name, report.year, report.url,
                         report.source_file, report.pages, json.dumps(report.extra, sort_keys=True), now))
                    vectors = np.asarray(item.vectors, dtype=np.float32)
                    for p, vec, uvecs in zip(passages, vectors, unit_vectors, strict=True):
                        cur = db.execute(
                            "INSERT INTO passages (report_id, ordinal, paragraph, page, page_ordinal, section,"
                            " text, source_kind, verified, meta, vector) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                            (report.report_id, p.ordinal, p.paragraph, p.page, p.page_ordinal, p.section,
                             p.text, p.source_kind, int(p.verified), json.dumps(p.card.to_json() if p.card else {}, sort_keys=True),
                             vec.tobytes()))
                        db.executemany("INSERT INTO units (passage_id, ordinal, vector) VALUES (?,?,?)",
                                       [(cur.lastrowid, i, np.asarray(u, dtype=np.float32).tobytes())
                                        for i, u in enumerate(uvecs)])
            manifest = {k: v for k, v in old_manifest.items() if k not in _COMPUTED}
            manifest.update(_build_indexes(db, tmp, model_id, dim, exact_index_max))
            manifest.update(extra_manifest or {})
            db.execute("VACUUM")
        finally:
            db.close()
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
        for f in tmp.rglob("*"):
            if f.is_file():
                with open(f, "rb") as fh:
                    os.fsync(fh.fileno())
        gen_name = f"gen-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{secrets.token_hex(3)}"
        os.rename(tmp, root / gen_name)
        _fsync_dir(root)
        pointer = root / f".tmp-CURRENT-{secrets.token_hex(3)}"
        pointer.write_text(gen_name + "\n")
        with open(pointer, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(pointer, current)
        _fsync_dir(root)
        # keep the live generation and the one before it (a running bot may still read it)
        for gen in root.glob("gen-*"):
            if gen.name not in (gen_name, old_gen.name if old_gen else None):
                shutil.rmtree(gen, ignore_errors=True)
        return manifest


def _delete(db: sqlite3.Connection, where: str, args: tuple) -> None:
    db.execute(f"DELETE FROM units WHERE passage_id IN (SELECT passage_id FROM passages WHERE {where})", args)
    db.execute(f"DELETE FROM passages WHERE {where}", args)


def _build_indexes(db: sqlite3.Connection, gen: Path, model_id: str, dim: int,
                   exact_index_max: int) -> dict[str, Any]:
    import faiss

    bm25s = _bm25s()
    rows = db.execute("SELECT passage_id, text, section, vector, meta FROM passages ORDER BY passage_id").fetchall()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    vecs = (np.frombuffer(b"".join(r[3] for r in rows), dtype=np.float32).reshape(len(rows), dim)
            if rows else np.zeros((0, dim), dtype=np.float32))
    faiss.write_index(_faiss_index(vecs, ids, dim, exact_index_max), str(gen / "dense.faiss"))
    urows = db.execute("SELECT unit_id, vector FROM units ORDER BY unit_id").fetchall()
    uids = np.array([r[0] for r in urows], dtype=np.int64)
    uvecs = (np.frombuffer(b"".join(r[1] for r in urows), dtype=np.float32).reshape(len(urows), dim)
             if urows else np.zeros((0, dim), dtype=np.float32))
    faiss.write_index(_faiss_index(uvecs, uids, dim, exact_index_max), str(gen / "units.faiss"))
    kind = "flat" if len(rows) <= exact_index_max else "hnsw"
    unit_kind = "flat" if len(urows) <= exact_index_max else "hnsw"
    bm25_dir = gen / "bm25"
    bm25_dir.mkdir()
    if rows:
        texts = [index_text(Passage(report_id="", text=r[1], section=r[2],
                                      card=CardMeta.from_json(json.loads(r[4])))) for r in rows]
        retriever = bm25s.BM25()
        retriever.index(_stem_tokenize(texts), show_progress=False)
        retriever.save(str(bm25_dir), show_progress=False)
    (bm25_dir / "ids.json").write_text(json.dumps(ids.tolist()))
    n_reports = db.execute("SELECT count(*) FROM reports").fetchone()[0]
    return {
        "schema": SCHEMA_VERSION, "chunker": CHUNKER_VERSION, "model_id": model_id, "dim": dim,
        "passages": len(rows), "units": len(urows), "reports": n_reports, "index": kind,
        "unit_index": unit_kind,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def open_store(root: Path | str, model_id: str | None = None) -> Store:
    """Open the live generation of the store at ``root`` (read-only; never embeds)."""
    return Store.open(root, model_id)


__all__ = ["Store", "index_text", "open_store", "write_reports"]


def _faiss_index(vecs: np.ndarray, ids: np.ndarray, dim: int, exact_index_max: int):
    """Exact inner-product search up to ``exact_index_max`` vectors, HNSW beyond it."""
    import faiss

    if len(ids) <= exact_index_max:
        base = faiss.IndexFlatIP(dim)
    else:
        base = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = 80
    index = faiss.IndexIDMap2(base)
    if len(ids):
        index.add_with_ids(vecs, ids)
    return index
