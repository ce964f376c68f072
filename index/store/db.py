"""The generation's SQLite database: schema, read-only connections from properly quoted paths, rows to
types and back, and the inserts and deletes of one write."""

from __future__ import annotations

import json
import sqlite3
import time
import urllib.parse
from pathlib import Path

import numpy as np

from ..types import CardMeta, IndexedReport, Passage, Report

SCHEMA_VERSION = 5
# schema 3 lacked passages.page_label: such a store is still read (labels None) and is upgraded in place by
# the next write (ALTER TABLE in the new generation's copy). Schemas 3 and 4 kept every vector as float32;
# schema 5 writes them as 8-bit codes (:func:`encode_vectors`) and reads either, told apart by length.
READABLE_SCHEMAS = (3, 4, 5)
FILE = "passages.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY, title TEXT NOT NULL, short_name TEXT NOT NULL, year INTEGER,
    url TEXT, source_file TEXT, pages INTEGER, extra TEXT NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
    passage_id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id TEXT NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, paragraph TEXT, page INTEGER, page_ordinal INTEGER, page_label TEXT,
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

PASSAGE_COLUMNS = ("passage_id, report_id, ordinal, paragraph, page, page_ordinal, page_label, section, text, "
                   "source_kind, verified, meta")


def encode_vectors(vecs: np.ndarray) -> list[bytes]:
    """Each row as 8-bit codes with its own scale: 4 bytes of float32 scale, then one signed byte per
    dimension (388 bytes for 384 dimensions instead of 1,536). Decoded, a normalised vector keeps a cosine
    of about 0.99998 with the original."""
    vecs = np.atleast_2d(np.asarray(vecs, dtype=np.float32))
    scale = np.abs(vecs).max(axis=1) / 127
    scale[scale == 0] = 1
    codes = np.rint(vecs / scale[:, None]).astype(np.int8)
    return [s.tobytes() + c.tobytes() for s, c in zip(scale.astype(np.float32), codes, strict=True)]


def decode_vectors(blobs: list[bytes], dim: int) -> np.ndarray:
    """(rows × dim) float32 from blobs written by :func:`encode_vectors` (re-normalised) or, by an older
    schema, as raw float32."""
    out = np.zeros((len(blobs), dim), dtype=np.float32)
    short = np.array([len(b) == dim + 4 for b in blobs], dtype=bool)
    if short.any():  # one array operation for all 8-bit rows
        rows = np.frombuffer(b"".join(b for b, s in zip(blobs, short, strict=True) if s), dtype=np.int8)
        codes = rows.reshape(-1, dim + 4)[:, 4:].astype(np.float32)
        norms = np.linalg.norm(codes, axis=1, keepdims=True)
        out[short] = codes / np.where(norms == 0, 1, norms)
    for i in np.flatnonzero(~short):
        if len(blobs[i]) != 4 * dim:
            raise ValueError(f"a stored vector of {len(blobs[i])} bytes does not fit dimension {dim}")
        out[i] = np.frombuffer(blobs[i], dtype=np.float32)
    return out


def passage_columns(schema: int) -> str:
    """The passage columns to select from a generation of this schema."""
    return PASSAGE_COLUMNS if schema >= 4 else PASSAGE_COLUMNS.replace("page_label", "NULL AS page_label")


def upgrade(db: sqlite3.Connection) -> None:
    """Bring a copied older generation to the current schema (before SCHEMA creates what is missing)."""
    cols = {r[1] for r in db.execute("PRAGMA table_info(passages)")}
    if cols and "page_label" not in cols:
        db.execute("ALTER TABLE passages ADD COLUMN page_label TEXT")


def connect_readonly(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection. The path is percent-quoted into the ``file:`` URI, so that a directory
    name with '#', '?' or '%' opens this file and not another."""
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread)


def report_from_row(r: sqlite3.Row) -> Report:
    return Report(report_id=r["report_id"], title=r["title"], short_name=r["short_name"], year=r["year"],
                  url=r["url"], source_file=r["source_file"], pages=r["pages"], extra=json.loads(r["extra"]))


def passage_from_row(r: sqlite3.Row) -> Passage:
    return Passage(report_id=r["report_id"], text=r["text"], paragraph=r["paragraph"], page=r["page"],
                   page_label=r["page_label"], section=r["section"], ordinal=r["ordinal"],
                   page_ordinal=r["page_ordinal"],
                   passage_id=r["passage_id"], source_kind=r["source_kind"], verified=bool(r["verified"]),
                   card=CardMeta.from_json(json.loads(r["meta"])))


def delete_passages(db: sqlite3.Connection, where: str, args: tuple[object, ...]) -> None:
    db.execute(f"DELETE FROM units WHERE passage_id IN (SELECT passage_id FROM passages WHERE {where})", args)
    db.execute(f"DELETE FROM passages WHERE {where}", args)


def apply_changes(db: sqlite3.Connection, items: list[IndexedReport], remove: list[str]) -> None:
    """In one transaction: replace these reports' passages of the kinds given, drop removed reports,
    and insert the new rows with their vectors."""
    with db:
        # A report's own text and its lesson cards are replaced separately: fetching the full
        # text keeps the cards, rebuilding the cards keeps the full text.
        for item in items:
            for kind in {p.source_kind for p in item.passages}:
                delete_passages(db, "report_id = ? AND source_kind = ?", (item.report.report_id, kind))
        for rid in remove:
            delete_passages(db, "report_id = ?", (rid,))
            db.execute("DELETE FROM reports WHERE report_id = ?", (rid,))
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        for item in items:
            _insert(db, item, now)


def _insert(db: sqlite3.Connection, item: IndexedReport, now: str) -> None:
    report = item.report
    db.execute(
        "INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(report_id) DO UPDATE SET "
        "title=excluded.title, short_name=excluded.short_name, year=excluded.year, "
        "url=excluded.url, source_file=coalesce(excluded.source_file, source_file), "
        "pages=coalesce(excluded.pages, pages), extra=excluded.extra, "
        "ingested_at=excluded.ingested_at",
        (report.report_id, report.title, report.short_name, report.year, report.url,
         report.source_file, report.pages, json.dumps(report.extra, sort_keys=True), now))
    vectors = encode_vectors(np.asarray(item.vectors, dtype=np.float32)) if len(item.passages) else []
    for p, vec, uvecs in zip(item.passages, vectors, item.unit_vectors, strict=True):
        cur = db.execute(
            "INSERT INTO passages (report_id, ordinal, paragraph, page, page_ordinal, page_label, section,"
            " text, source_kind, verified, meta, vector) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (report.report_id, p.ordinal, p.paragraph, p.page, p.page_ordinal, p.page_label, p.section,
             p.text, p.source_kind, int(p.verified), json.dumps(p.card.to_json() if p.card else {}, sort_keys=True),
             vec))
        if len(uvecs):
            db.executemany("INSERT INTO units (passage_id, ordinal, vector) VALUES (?,?,?)",
                           [(cur.lastrowid, i, u) for i, u in enumerate(encode_vectors(np.asarray(uvecs)))])


def stored_vectors(db: sqlite3.Connection, dim: int, min_id: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) of the passages with an id above ``min_id``, in id order."""
    rows = db.execute("SELECT passage_id, vector FROM passages WHERE passage_id > ? ORDER BY passage_id",
                      (min_id,)).fetchall()
    return np.array([r[0] for r in rows], dtype=np.int64), decode_vectors([r[1] for r in rows], dim)
