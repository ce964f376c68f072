"""Bulk ingest (``lessons ingest DIR``): many files, each one succeeding or failing on its own.

Folders are walked for report files (not images: a folder of reports holds logos and figures, and a scan to
a folder writes a file a page; an image is read when it is named). The files are parsed ``jobs`` at a time, on
threads that each drive a parse worker process of their own, while the calling thread embeds and writes what has been
parsed: parsing overlaps embedding. Reports are written in batches (the ingest settings'
``bulk_batch_files`` files or ``bulk_batch_passages`` passages), each batch one atomic store write, so an
interruption loses only the batch under way. A file that fails is listed (one line) and left out; the
others go in. A file whose stored report carries the same sha256 (of the file and of its sidecar) is
skipped, so running the same command again after an interruption resumes after the last finished batch,
and a file that changed is re-ingested under its report id (replacing it).

Results are taken in file order, whatever ``jobs`` is, so the store ends up the same. Up to a batch's
worth of files (``batch_files``, or ``2 × jobs`` if more) is parsed ahead of the one being taken: the next
batch is parsed while this one is embedded, and memory stays bounded (only passages are held, no pages).
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..embed import Embedder
from ..errors import IngestError, LessonsError, StoreMissing
from ..settings import IngestSettings, Settings
from ..store import Store
from ..types import Report
from . import sandbox
from .metadata import report_id_for, source_fingerprint
from .parse import PARSERS, check_file
from .parse.images import SUFFIXES as IMAGES
from .parse.wordml2003 import looks_like_wordml2003
from .pipeline import Prepared, Progress, prepare, write_prepared

SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml")


@dataclass
class BulkResult:
    reports: list[Report] = field(default_factory=list)  # written by this run, in file order
    skipped: list[Path] = field(default_factory=list)  # unchanged since they were stored
    failures: list[str] = field(default_factory=list)  # one line per file left out: "<file>: <reason>"
    passages: int = 0
    pages: int = 0
    batches: int = 0


@dataclass(frozen=True)
class _Unchanged:
    report_id: str


class _Stopped(Exception):
    """A parse asked for after the run was interrupted."""


Outcome = Prepared | _Unchanged


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and in place of each folder its report files (recursively, sorted by path;
    hidden files and folders, ``*.meta.yaml`` sidecars and .xml files that Word 2003 did not save left out), each
    file once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for arg in map(Path, paths):
        for path in _walk(arg) if arg.is_dir() else [arg]:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                out.append(path)
    return out


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder) / n for n in names
                  if not n.startswith(".") and not n.lower().endswith(SIDECAR_SUFFIXES)
                  and Path(n).suffix.lower() in PARSERS and Path(n).suffix.lower() not in IMAGES
                  and (Path(n).suffix.lower() != ".xml" or looks_like_wordml2003(Path(folder) / n))]
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def bulk_ingest(files: list[Path], store: Path, settings: Settings, embedder: Embedder, *, jobs: int = 1,
                batch_files: int | None = None, batch_passages: int | None = None,
                progress: Progress | None = None,
                committed: Callable[[list[Report]], None] | None = None) -> BulkResult:
    """Ingest ``files`` (see the module's docstring). ``progress("files", done, total)`` counts files
    written, skipped or failed; ``committed(reports)`` hears of each batch once it is in the store. Store
    errors (locked, another model) and interruptions propagate; batches already written stay. The batch sizes
    default to the settings'."""
    batch_files = batch_files or settings.ingest.bulk_batch_files
    batch_passages = batch_passages or settings.ingest.bulk_batch_passages
    stored = _stored_sources(store, embedder.model_id)
    result = BulkResult()
    batch: list[Prepared] = []
    owner: dict[str, Path] = {}  # report id -> the first file of this run that had it
    done = 0

    def tick() -> None:
        if progress:
            progress("files", done, len(files))

    def commit() -> None:
        nonlocal done
        if batch:
            result.passages += write_prepared(store, [(p.report, p.passages) for p in batch], settings,
                                              embedder, progress)
            reports = [p.report for p in batch]
            result.reports += reports
            result.pages += sum(r.pages or 0 for r in reports)
            result.batches += 1
            done += len(batch)
            batch.clear()
            if committed:
                committed(reports)
        tick()

    workers = _ParseWorkers()
    jobs = max(1, jobs)
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="lessons-parse")
    tick()
    try:
        task = functools.partial(_parse_one, settings=settings, stored=stored, workers=workers)
        for path, future in _in_order(pool, files, task, ahead=max(batch_files, 2 * jobs)):
            outcome = _outcome(path, future)
            if isinstance(outcome, str):
                result.failures.append(outcome)
            else:
                rid = outcome.report_id if isinstance(outcome, _Unchanged) else outcome.report.report_id
                first = owner.setdefault(rid, path)
                if first != path:
                    result.failures.append(f"{path}: left out: {first} has the same report id '{rid}'")
                elif isinstance(outcome, _Unchanged):
                    result.skipped.append(path)
                else:
                    batch.append(outcome)
                    if len(batch) >= batch_files or sum(len(p.passages) for p in batch) >= batch_passages:
                        commit()
                    continue
            done += 1
            tick()
        commit()
    except BaseException:
        workers.interrupt()  # Ctrl-C, or a store error: the parses under way end now
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        workers.close()
    return result


def _stored_sources(store: Path, model_id: str) -> dict[str, dict[str, Any]]:
    """Report id -> stored ``extra`` (where the source hashes are). A store built with another model is
    refused here, before any file is parsed."""
    try:
        st = Store.open(store, model_id)
    except StoreMissing:
        return {}
    try:
        return {r.report_id: r.extra for r in st.reports()}
    finally:
        st.close()


def _parse_one(path: Path, settings: Settings, stored: dict[str, dict[str, Any]],
               workers: _ParseWorkers) -> Outcome:
    """On a parsing thread: skip the file if its stored report has the same hashes, else prepare it."""
    if workers.stopping.is_set():
        raise _Stopped
    with contextlib.suppress(OSError, LessonsError):  # unreadable, or a bad sidecar: prepare says why
        rid = report_id_for(path)
        source = source_fingerprint(path, int(settings.ingest.max_file_mb * sandbox.MIB))
        held = stored.get(rid)
        if source and held is not None and all(held.get(k) == source.get(k)
                                               for k in ("source_sha256", "sidecar_sha256")):
            return _Unchanged(rid)
    return prepare(path, settings, parse=workers.parse)


def _in_order(pool: ThreadPoolExecutor, files: list[Path], task: Callable[[Path], Outcome],
              ahead: int) -> Iterator[tuple[Path, Future[Outcome]]]:
    """(file, its future) in file order, with at most ``ahead`` files submitted and not yet taken."""
    pending: deque[tuple[Path, Future[Outcome]]] = deque()
    rest = iter(files)
    while True:
        while len(pending) < ahead and (path := next(rest, None)) is not None:
            pending.append((path, pool.submit(task, path)))
        if not pending:
            return
        yield pending.popleft()


def _outcome(path: Path, future: Future[Outcome]) -> Outcome | str:
    try:
        return future.result()
    except IngestError as exc:
        return str(exc)
    except Exception as exc:  # a bug or a hostile file past the parser: one line, never its message
        return f"{path}: could not be ingested ({type(exc).__name__})"


class _ParseWorkers:
    """One sandboxed parse worker per parsing thread, under the same limits as ``sandbox.parse_file``
    (which shares a single worker behind a lock, so it parses one file at a time)."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self._workers: list[sandbox.Worker] = []
        self.stopping = threading.Event()

    def parse(self, path: Path, settings: IngestSettings, progress: Progress | None = None) -> sandbox.Parsed:
        if not settings.parse_in_worker:
            return sandbox.parse_file(path, settings, progress)
        job = sandbox.job_for(path, settings)
        check_file(path, job.max_bytes)  # missing, unknown, empty or too large: no need to ask the worker
        worker: sandbox.Worker | None = getattr(self._local, "worker", None)
        if worker is None or not worker.alive():
            with self._lock:  # one start at a time: a worker starts with our stdout and stderr on /dev/null
                if self.stopping.is_set():
                    raise _Stopped
                if worker is not None:
                    self._workers.remove(worker)
                worker = self._local.worker = sandbox.Worker()
                self._workers.append(worker)
        return worker.run(job, settings, progress)

    def interrupt(self) -> None:
        """End the parses under way: each worker has a process group of its own, so Ctrl-C does not
        reach it. Its thread then sees the pipe close and cleans up."""
        self.stopping.set()
        with self._lock:
            for worker in self._workers:
                if worker.proc.pid is not None:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(worker.proc.pid, signal.SIGKILL)

    def close(self) -> None:
        with self._lock:
            for worker in self._workers:
                worker.stop()
            self._workers.clear()
