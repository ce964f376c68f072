"""Writing a store: one writer at a time (flock), a new generation built in a temporary directory beside
the live one, fsynced, renamed into place, and only then made live by replacing ``CURRENT``. A failure
or a kill at any point leaves ``CURRENT`` on the old generation; leftovers are swept by the next writer.

A small store's indexes are rebuilt from the stored vectors on every write. From ``incremental_min``
passages a write costs time in proportion to what it changes, not to the store: the database is copied
(no VACUUM), the new passages are added to the old FAISS index, their keywords go into a new bm25 segment
while the old segments are hard-linked (never changed), and removed passages are listed in
``deleted.npy`` and skipped at search time. When the added segments and deleted passages pass
``MERGE_FRACTION`` of the store, or there are ``MAX_SEGMENTS`` segments, or the index would change kind,
the write rebuilds everything instead."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import StoreLocked, StoreMismatch
from ..types import CardMeta, IndexedReport, Passage
from . import db as sql
from . import dense, sparse

CURRENT = "CURRENT"
MANIFEST = "manifest.json"
CHUNKER_VERSION = "2026-12-01.1"
DELETED = "deleted.npy"
INCREMENTAL_MIN = 20_000  # passages; below this every write rebuilds (a second or two)
MERGE_FRACTION = 0.25
MAX_SEGMENTS = 8
# manifest keys recomputed on every write; any other key (content fingerprint, ...) is carried over
_COMPUTED = {"schema", "chunker", "model_id", "dim", "passages", "units", "reports", "index", "unit_index",
             "created", "segments", "indexed_max_id", "deleted", "added_since_rebuild"}


def live_generation(root: Path) -> Path | None:
    current = root / CURRENT
    return root / current.read_text().strip() if current.is_file() else None


@contextlib.contextmanager
def write_lock(root: Path) -> Iterator[None]:
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


def _old_manifest(root: Path, old_gen: Path | None, model_id: str, dim: int) -> dict[str, Any]:
    if old_gen is None:
        return {}
    manifest: dict[str, Any] = json.loads((old_gen / MANIFEST).read_text())
    if manifest.get("model_id") != model_id or manifest.get("dim") != dim:
        raise StoreMismatch(f"store at {root} was built with model '{manifest.get('model_id')}', not '{model_id}'")
    if manifest.get("schema") not in sql.READABLE_SCHEMAS:
        raise StoreMismatch(f"store at {root} has an older schema; ingest into a new store")
    return manifest


def write_reports(root: Path | str, items: list[IndexedReport], model_id: str, dim: int,
                  remove: list[str] | None = None, exact_index_max: int = 50_000,
                  extra_manifest: dict[str, Any] | None = None,
                  incremental_min: int = INCREMENTAL_MIN) -> dict[str, Any]:
    """Add or replace reports (and remove others) in one atomic step. Returns the new manifest."""
    root = Path(root)
    with write_lock(root):
        for leftover in root.glob(".tmp-*"):  # a killed writer's generation, or its CURRENT pointer (a file)
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
        old_gen = live_generation(root)
        old_manifest = _old_manifest(root, old_gen, model_id, dim)
        tmp = root / f".tmp-{secrets.token_hex(6)}"
        tmp.mkdir()
        try:  # on any failure, nothing of this write is left behind
            manifest = _build_generation(tmp, old_gen, old_manifest, items, remove or [], model_id, dim,
                                         exact_index_max, incremental_min)
            manifest = {**{k: v for k, v in old_manifest.items() if k not in _COMPUTED}, **manifest,
                        **(extra_manifest or {})}
            (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
            _switch(root, tmp, old_gen)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return manifest


def _build_generation(tmp: Path, old_gen: Path | None, old_manifest: dict[str, Any], items: list[IndexedReport],
                      remove: list[str], model_id: str, dim: int, exact_index_max: int,
                      incremental_min: int) -> dict[str, Any]:
    """The live database copied into ``tmp`` and changed there; the indexes added to, or rebuilt from the
    stored vectors (nothing is re-embedded)."""
    db = sqlite3.connect(tmp / sql.FILE)
    try:
        if old_gen is not None:
            src = sql.connect_readonly(old_gen / sql.FILE)
            src.backup(db)
            src.close()
            sql.upgrade(db)
        db.executescript(sql.SCHEMA)
        db.execute("PRAGMA foreign_keys = ON")
        sql.apply_changes(db, items, remove)
        if old_gen is not None and _can_add(db, old_manifest, exact_index_max, incremental_min):
            manifest = _add_to_indexes(db, tmp, old_gen, old_manifest)
        else:
            manifest = _build_indexes(db, tmp, dim, exact_index_max)
            db.execute("VACUUM")
        manifest.update(_counts(db), schema=sql.SCHEMA_VERSION, chunker=CHUNKER_VERSION, model_id=model_id,
                        dim=dim, created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    finally:
        db.close()
    return manifest


def _counts(db: sqlite3.Connection) -> dict[str, int]:
    return {"passages": db.execute("SELECT count(*) FROM passages").fetchone()[0],
            "units": db.execute("SELECT count(*) FROM units").fetchone()[0],
            "reports": db.execute("SELECT count(*) FROM reports").fetchone()[0]}


def _can_add(db: sqlite3.Connection, old: dict[str, Any], exact_index_max: int, incremental_min: int) -> bool:
    """Whether this write may add to the old generation's indexes rather than rebuild them."""
    if "indexed_max_id" not in old or old.get("index") not in ("flat", "hnsw-sq8"):
        return False  # written before segments existed
    (live,) = db.execute("SELECT count(*) FROM passages").fetchone()
    (new,) = db.execute("SELECT count(*) FROM passages WHERE passage_id > ?", (old["indexed_max_id"],)).fetchone()
    removed_now = max(0, int(old["passages"]) - (live - new))
    stale = int(old.get("added_since_rebuild", 0)) + new + int(old.get("deleted", 0)) + removed_now
    kind = "flat" if live <= exact_index_max else "hnsw-sq8"
    return (live >= incremental_min and kind == old["index"] and len(old.get("segments", [])) < MAX_SEGMENTS
            and stale <= MERGE_FRACTION * live)


def _indexed_texts(db: sqlite3.Connection, min_id: int = 0) -> tuple[list[int], list[str]]:
    rows = db.execute("SELECT passage_id, text, section, meta FROM passages WHERE passage_id > ? "
                      "ORDER BY passage_id", (min_id,)).fetchall()
    return [r[0] for r in rows], [Passage(report_id="", text=r[1], section=r[2],
                                          card=CardMeta.from_json(json.loads(r[3]))).indexed_text for r in rows]


def _build_indexes(db: sqlite3.Connection, gen: Path, dim: int, exact_index_max: int) -> dict[str, Any]:
    ids, vecs = sql.stored_vectors(db, dim)
    index, kind = dense.build(vecs, ids, dim, exact_index_max)
    dense.write(index, gen / "dense.faiss")
    del vecs
    # sentence vectors stay in SQLite only: they are read by passage id for the candidates of an answer and
    # never searched, so they get no FAISS index of their own (at 200,000 passages one took 47% of the
    # write time and about 0.9 GB of disk)
    text_ids, texts = _indexed_texts(db)
    sparse.build(gen, text_ids, texts)
    return {"index": kind, "segments": [sparse.DIR], "indexed_max_id": int(ids.max()) if len(ids) else 0,
            "deleted": 0, "added_since_rebuild": 0}


def _add_to_indexes(db: sqlite3.Connection, gen: Path, old_gen: Path, old: dict[str, Any]) -> dict[str, Any]:
    """The old indexes, with the passages added since they were built and a list of those deleted."""
    last = int(old["indexed_max_id"])
    index = dense.load(old_gen / "dense.faiss")
    new_ids, new_vecs = sql.stored_vectors(db, int(old["dim"]), min_id=last)
    dense.add(index, new_vecs, new_ids)
    dense.write(index, gen / "dense.faiss")
    indexed = dense.ids_of(index)
    live = np.array([r[0] for r in db.execute("SELECT passage_id FROM passages")], dtype=np.int64)
    deleted = np.setdiff1d(indexed, live)
    np.save(gen / DELETED, deleted)
    segments = list(old.get("segments", [sparse.DIR]))
    for name in segments:  # segments never change: the new generation shares their files
        (gen / name).mkdir()
        for f in (old_gen / name).iterdir():
            os.link(f, gen / name / f.name)
    if len(new_ids):
        name = f"{sparse.DIR}-{secrets.token_hex(4)}"
        sparse.build(gen, *_indexed_texts(db, min_id=last), name=name)
        segments.append(name)
    return {"index": old["index"], "segments": segments,
            "indexed_max_id": int(max(last, int(new_ids.max()) if len(new_ids) else 0)),
            "deleted": len(deleted), "added_since_rebuild": int(old.get("added_since_rebuild", 0)) + len(new_ids)}


def _switch(root: Path, tmp: Path, old_gen: Path | None) -> None:
    """fsync the new generation, rename it into place, point CURRENT at it, and keep only it and the
    one before it (a running bot may still be reading that)."""
    for f in tmp.rglob("*"):
        if f.is_file():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
    gen_name = f"gen-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{secrets.token_hex(3)}"
    os.rename(tmp, root / gen_name)
    pointer = root / f".tmp-CURRENT-{secrets.token_hex(3)}"
    try:
        _fsync_dir(root)
        pointer.write_text(gen_name + "\n")
        with open(pointer, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(pointer, root / CURRENT)
    except BaseException:  # CURRENT still names the old generation: the new one goes
        pointer.unlink(missing_ok=True)
        shutil.rmtree(root / gen_name, ignore_errors=True)
        raise
    _fsync_dir(root)
    for gen in root.glob("gen-*"):
        if gen.name not in (gen_name, old_gen.name if old_gen else None):
            shutil.rmtree(gen, ignore_errors=True)
