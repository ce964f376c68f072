"""A long PDF's pages read in two processes at once: pdfplumber spends most of a text PDF's parsing time
building its character objects, one page at a time and on one core, so halving the pages halves the wait.

The pages are split into contiguous ranges, each read by a forked child of the parsing process (the sandbox
worker, whose process group is killed as a whole on a time or memory limit; each child inherits the worker's
memory limit). Forking is only done where it is safe: from the sandbox worker (which says so with
:func:`allow_fork`: its one other thread only watches for its parent's exit) or from a single-threaded
process. Otherwise, and for short files, the pages are read in this process as before. Ranges are joined
in page order, so the result is the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

MIN_PAGES = 24  # below this, starting the processes costs more than it saves
PROCESSES = 2  # this process and one forked child

_fork_allowed = False

T = TypeVar("T")
ReadRange = Callable[[Path, int, "int | None", bool], tuple[list[list[T]], int, dict]]


def allow_fork() -> None:
    """Called by the sandbox worker: forking from this process is safe although it has a watching thread."""
    global _fork_allowed
    _fork_allowed = True


def processes(n_pages: int) -> int:
    """How many processes read a file of ``n_pages`` pages."""
    if n_pages < MIN_PAGES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if not _fork_allowed and threading.active_count() > 1:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    return 2 if PROCESSES >= 2 and cores >= 2 else 1


def read_in_ranges(read: ReadRange, path: Path, n_pages: int, columns: bool) -> tuple[list[list[Any]], int, dict]:
    """``read(path, start, stop, columns)`` over all pages: (each page's lines, images, metadata). With two
    processes, a forked child reads the second half and sends it back pickled over a pipe while this process
    reads the first (os.fork itself: the sandbox worker is a daemon process, which multiprocessing forbids to
    have children). An exception in the child is raised here."""
    if processes(n_pages) == 1:
        return read(path, 0, None, columns)
    half = n_pages // 2
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read, send, and leave without running the parent's clean-up
        os.close(r)
        code = 0
        try:
            try:
                payload = pickle.dumps(("ok", read(path, half, None, columns)))
            except BaseException as exc:  # handed to the parent, which raises it
                payload = pickle.dumps(("error", exc))
            with os.fdopen(w, "wb") as out:
                out.write(payload)
        except BaseException:  # the parent closed the pipe (it failed itself): nothing more to do
            code = 1
        os._exit(code)
    os.close(w)
    src = os.fdopen(r, "rb")
    try:
        first = read(path, 0, half, columns)
        data = src.read()
    finally:  # closed first: a child still writing gets a broken pipe and exits, so the wait never hangs
        src.close()
        os.waitpid(pid, 0)
    if not data:
        raise RuntimeError("the process reading the second half of the pages stopped without a result")
    kind, second = pickle.loads(data)
    if kind == "error":
        raise second
    return first[0] + second[0], first[1] + second[1], first[2]
