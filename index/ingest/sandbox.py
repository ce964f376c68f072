"""Parsing in a worker process with bounded memory and time, so that no file can crash or exhaust ingest.

All the work that grows with the file runs there: the pre-checks, the parser and the cutting of the text
into passages. The parent gets back the document's metadata and its passages, and fills in the report's
id (from the flags, the sidecar or the catalogue).

One worker (multiprocessing, "spawn": the parent may hold torch, so it is never forked) parses one file
at a time and is reused for the next. It runs with its address space capped (``RLIMIT_AS``,
LESSONS_PARSE_MEMORY_MB), its stdout and stderr on /dev/null and library logging and warnings off, in a
process group of its own (so that the OCR engine's processes die with it), and ends itself when its parent
dies. The parent waits for the result under a time budget: LESSONS_PARSE_TIMEOUT seconds, plus
LESSONS_PARSE_TIMEOUT_PER_OCR_PAGE for each page the PDF parser says it is OCR'ing (its ``progress``
calls are passed on to the parent as they come). A worker over its time is killed; one out of memory
exits; either way the file is refused with one line and the next file gets a new worker. Any other
exception in the worker becomes a one-line refusal naming only the exception's type: no traceback and
no document text crosses back.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import CorruptDocument, IngestError, ResourceLimit
from ..settings import IngestSettings
from ..types import ParsedDocument, Passage
from .parse import KINDS, ParseLimits, Progress, check_file, page_ranges, parse
from .passages import cut_passages

MIB = 2**20


Parsed = tuple[ParsedDocument, list[Passage]]


@dataclass(frozen=True)
class Job:
    path: str
    max_bytes: int | None
    limits: ParseLimits
    memory_bytes: int
    window_words: int
    window_overlap: int


def job_for(path: Path, settings: IngestSettings) -> Job:
    """What a worker is asked to do for one file under these settings."""
    return Job(path=str(path), max_bytes=int(settings.max_file_mb * MIB), limits=ParseLimits.from_settings(settings),
               memory_bytes=settings.parse_memory_mb * MIB, window_words=settings.window_words,
               window_overlap=settings.window_overlap)


def parse_file(path: Path, settings: IngestSettings, progress: Progress | None = None) -> Parsed:
    """Parse one file and cut its passages under the settings' limits (in the worker, unless
    ``parse_in_worker`` is off). The document comes back without its blocks; the passages' report id is
    left empty for the caller to fill in."""
    path = Path(path)
    job = job_for(path, settings)
    if not settings.parse_in_worker:
        with _quiet():
            return _do(job, progress)
    check_file(path, job.max_bytes)  # missing, unknown, empty or too large: no need to ask the worker
    with _lock:
        global _worker
        if _worker is None or not _worker.alive():
            _worker = Worker()
        worker = _worker
        try:
            return worker.run(job, settings, progress)
        finally:
            if not worker.alive():
                _worker = None


def shutdown() -> None:
    """Stop the worker (it is also stopped when this process exits)."""
    global _worker
    with _lock:
        if _worker is not None:
            _worker.stop()
            _worker = None


_lock = threading.Lock()
_worker: Worker | None = None


class Worker:
    """One sandboxed parse process (spawned; its own process group), reused for file after file."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=serve, args=(child, os.getpid()), name="lessons-parse", daemon=True)
        with _silenced_output():  # the new interpreter starts with /dev/null for stdout and stderr
            self.proc.start()
        child.close()

    def alive(self) -> bool:
        return self.proc.is_alive() and not self.conn.closed

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(2)
        self.kill()

    def kill(self) -> None:
        pid = self.proc.pid
        if pid is not None and self.proc.is_alive():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)  # its group: the worker and any OCR processes
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)  # in case it had not yet made its own group
        self.proc.join()
        self.conn.close()

    def run(self, job: Job, settings: IngestSettings, progress: Progress | None) -> Parsed:
        path, mib = job.path, settings.parse_memory_mb
        started = time.monotonic()
        budget, ocr_pages = settings.parse_timeout, 0
        try:
            self.conn.send(("parse", job))
            while True:
                left = started + budget - time.monotonic()
                if left <= 0:
                    self.kill()
                    raise ResourceLimit(f"{path}: refused: parsing took longer than {budget:.0f} s "
                                        + ("(LESSONS_PARSE_TIMEOUT)" if not ocr_pages else
                                           f"(LESSONS_PARSE_TIMEOUT, and LESSONS_PARSE_TIMEOUT_PER_OCR_PAGE for "
                                           f"each of {ocr_pages} pages to OCR)"))
                if not self.conn.poll(min(left, 1.0)):
                    continue
                msg: tuple[Any, ...] = self.conn.recv()
                kind = msg[0]
                if kind == "progress":
                    _, stage, done, total = msg
                    if stage == "ocr" and total > ocr_pages:
                        ocr_pages = total
                        budget = settings.parse_timeout + settings.parse_timeout_per_ocr_page * total
                    if progress is not None:
                        progress(stage, done, total)
                elif kind == "ok":
                    return msg[1], msg[2]
                elif kind == "error":
                    raise msg[1]
                else:  # "memory": the worker has exited
                    self.kill()
                    raise ResourceLimit(f"{path}: refused: needs more than {mib} MiB to parse "
                                        "(LESSONS_PARSE_MEMORY_MB)")
        except (EOFError, OSError):  # the worker died without a word
            self.kill()
            code = self.proc.exitcode
            how = f"exit {code}"
            if code is not None and code < 0:
                how = f"signal {signal.Signals(-code).name}" if -code in signal.valid_signals() else f"signal {-code}"
            raise ResourceLimit(f"{path}: refused: the parser stopped unexpectedly ({how}); it may need more than "
                                f"{mib} MiB (LESSONS_PARSE_MEMORY_MB)") from None
        except IngestError:
            raise
        except BaseException:  # interrupted (Ctrl-C) or failed mid-way: the worker's state is unknown
            self.kill()
            raise


@contextlib.contextmanager
def _silenced_output() -> Iterator[None]:
    """This process's fds 1 and 2 on /dev/null meanwhile (the worker inherits them as it starts, so that
    not even a failure while it starts up can print)."""
    try:
        saved = [os.dup(1), os.dup(2)]
    except OSError:  # no stdout or stderr to protect
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for fd in (1, 2):
            os.dup2(devnull, fd)
        yield
    finally:
        for fd, old in zip((1, 2), saved, strict=True):
            os.dup2(old, fd)
            os.close(old)
        os.close(devnull)


# --- in the worker ---------------------------------------------------------------------------------------

def serve(conn: Connection, parent: int) -> None:
    """The worker's loop: one job at a time until told to stop or its parent has gone."""
    import resource

    _isolate(parent)
    page_ranges.allow_fork()  # a long PDF's pages may be read by forked children of this process
    _, hard = resource.getrlimit(resource.RLIMIT_AS)

    def forward(stage: str, done: int, total: int) -> None:
        conn.send(("progress", stage, done, total))

    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        job: Job = msg[1]
        cap = job.memory_bytes if hard == resource.RLIM_INFINITY else min(job.memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        reply: tuple[Any, ...]
        try:
            reply = ("ok", *_do(job, forward))
        except Exception as exc:  # MemoryError and RecursionError included
            reply = ("memory",) if _caused_by_memory(exc) else ("error", _refusal(job.path, exc))
        if reply[0] != "memory":
            try:
                conn.send(reply)
                continue
            except MemoryError:
                pass
        with contextlib.suppress(Exception):
            conn.send(("memory",))
        os._exit(0)  # start afresh: the heap may be left fragmented and large


def _do(job: Job, progress: Progress | None) -> Parsed:
    path = Path(job.path)
    doc = parse(path, job.max_bytes, progress=progress, limits=job.limits)
    try:
        passages = cut_passages(doc.blocks, "", job.window_words, job.window_overlap)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        raise CorruptDocument(f"{path}: the text could not be cut into passages ({type(exc).__name__})") from None
    doc.blocks = []  # not needed any more: only the passages cross back
    return doc, passages


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Parsing in this process: the libraries' warnings and log records are dropped meanwhile."""
    import logging
    import warnings

    before = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(before)


def _caused_by_memory(exc: BaseException | None) -> bool:
    """A parser may wrap a MemoryError in its own error ("could not read the PDF (MemoryError)")."""
    for _ in range(10):
        if exc is None:
            return False
        if isinstance(exc, MemoryError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _refusal(path: str, exc: Exception) -> IngestError:
    if isinstance(exc, IngestError):
        return type(exc)(str(exc))  # the message alone: no chained exception or traceback
    if isinstance(exc, RecursionError):
        return ResourceLimit(f"{path}: refused: nested too deeply to parse")
    kind = KINDS.get(Path(path).suffix.lower(), "report")
    return CorruptDocument(f"{path}: not a readable {kind} file ({type(exc).__name__})")


def _isolate(parent: int) -> None:
    """No output, no logging, no warnings; a process group of its own; and an end when the parent ends."""
    import logging
    import warnings

    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    with contextlib.suppress(OSError):
        os.setpgrp()
    with contextlib.suppress(Exception):  # Linux: SIGKILL when the parent dies
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)

    def watch() -> None:  # elsewhere, or if the parent's thread that started us has ended
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
