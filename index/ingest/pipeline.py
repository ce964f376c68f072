"""``lessons ingest``: parse → passages → embed → one atomic store update for all the files given."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..embed import Embedder
from ..errors import IngestError
from ..segment import segments
from ..settings import IngestSettings, Settings
from ..store import write_reports
from ..types import IndexedReport, Passage, Report
from .metadata import build_report, source_fingerprint
from .sandbox import Parsed, parse_file

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
ParseFile = Callable[[Path, IngestSettings, Progress | None], Parsed]


@dataclass
class Prepared:
    path: Path
    report: Report
    passages: list[Passage]


@dataclass
class IngestResult:
    reports: list[Report]
    passages: int
    pages: int
    failures: list[str]


def prepare(path: Path, settings: Settings, overrides: dict[str, Any] | None = None,
            progress: Progress | None = None, parse: ParseFile = parse_file) -> Prepared:
    """Parse one file into a report and its passages (no store change). Parsing and cutting run in a
    worker process under the ingest settings' memory and time limits (:mod:`.sandbox`; ``parse`` lets
    bulk ingest use a worker of its own per thread). The file's sha256 goes into the report's ``extra``."""
    try:  # hashed before parsing: a file changed meanwhile is seen as changed by the next bulk ingest
        source = source_fingerprint(path, int(settings.ingest.max_file_mb * 2**20))
    except OSError:
        source = {}  # missing or unreadable: the parser says which
    doc, passages = parse(path, settings.ingest, progress)
    report = build_report(path, doc, overrides or {})
    report.extra.update(source)
    for p in passages:
        p.report_id = report.report_id
    if not passages:
        raise IngestError(f"{path}: no passages could be cut from the text")
    return Prepared(path=path, report=report, passages=passages)


def embed_passages(embedder: Embedder, passages: list[Passage], batch: int,
                   progress: Progress | None = None) -> tuple[np.ndarray, list[np.ndarray]]:
    """One vector per passage (with its section heading), and one per sentence or list item."""
    texts = [p.indexed_text for p in passages]
    counts = []
    for p in passages:
        segs = [s.text for s in segments(p.text)]
        counts.append(len(segs))
        texts.extend(segs)
    vecs = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    # Longest first over all the texts, not only within a chunk: each batch then holds texts of about one
    # length and pads little (torch embedded a long report 1.27x faster than with chunks in passage order)
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    chunk = batch * 8  # a chunk per progress step; the model sorts each chunk by tokens and batches it itself
    if progress:
        progress("embed", 0, len(texts))
    for i in range(0, len(order), chunk):
        rows = order[i:i + chunk]
        vecs[rows] = embedder.embed_batch([texts[j] for j in rows])
        if progress:
            progress("embed", min(i + chunk, len(texts)), len(texts))
    units, start = [], len(passages)
    for n in counts:
        units.append(vecs[start:start + n])
        start += n
    return vecs[:len(passages)], units


def ingest(paths: list[Path], store: Path, settings: Settings, embedder: Embedder,
           overrides: dict[str, Any] | None = None, progress: Progress | None = None) -> IngestResult:
    """Ingest all files or none: every file is parsed first; any failure leaves the store untouched. Each
    file that fails gives one line in ``failures``: an :class:`IngestError`'s message, or for anything
    unexpected, the file and the exception's type (never its message, which may quote the document)."""
    prepared: list[Prepared] = []
    failures: list[str] = []
    for n, path in enumerate(paths, start=1):
        try:
            prepared.append(prepare(Path(path), settings, overrides, progress))
        except IngestError as exc:
            failures.append(str(exc))
        except Exception as exc:  # a bug or a hostile file past the parser: one line, not a traceback
            failures.append(f"{path}: could not be ingested ({type(exc).__name__})")
        if progress:
            progress("parse", n, len(paths))
    ids = [p.report.report_id for p in prepared]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        failures.append(f"two files given the same report id: {', '.join(sorted(dupes))}")
    if failures:
        return IngestResult(reports=[], passages=0, pages=0, failures=failures)
    n_passages = write_prepared(store, [(i.report, i.passages) for i in prepared], settings, embedder, progress)
    return IngestResult(reports=[i.report for i in prepared], passages=n_passages,
                        pages=sum(i.report.pages or 0 for i in prepared), failures=[])


def write_prepared(store: Path, items: list[tuple[Report, list[Passage]]], settings: Settings,
                   embedder: Embedder, progress: Progress | None = None,
                   extra_manifest: dict[str, Any] | None = None, remove: list[str] | None = None) -> int:
    """Embed the passages of these reports and write them to the store in one atomic step (the last
    stage of every ingest, a user's files and the bundled library alike). Returns the passage count."""
    all_passages = [p for _, passages in items for p in passages]
    vectors, unit_vectors = embed_passages(embedder, all_passages, settings.embedding.embed_batch_size, progress)
    ready, start = [], 0
    for report, passages in items:
        n = len(passages)
        ready.append(IndexedReport(report=report, passages=passages, vectors=vectors[start:start + n],
                                   unit_vectors=unit_vectors[start:start + n]))
        start += n
    if progress:
        progress("index", 0, 1)
    write_reports(store, ready, embedder.model_id, embedder.dim, exact_index_max=settings.store.exact_index_max,
                  extra_manifest=extra_manifest, remove=remove)
    if progress:
        progress("index", 1, 1)
    return len(all_passages)
