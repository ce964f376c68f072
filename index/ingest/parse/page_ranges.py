"""A long PDF's pages read in two processes at once: pdfplumber spends most of a text PDF's parsing time
building its character objects, one page at a time and on one core, so halving the pages halves the wait.

The pages are split into contiguous ranges, each read by a forked child of the parsing process (the sandbox
worker, whose process group is killed as a whole on a time or memory limit; each child inherits the worker's
memory limit). Forking is only done from a single-threaded process, where it is safe; otherwise, and for
short files, the pages are read in this process as before. Ranges are joined in page order, so the result is
the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

MIN_PAGES = 24  # below this, starting the processes costs more than it saves
PROCESSES = 2

T = TypeVar("T")
ReadRange = Callable[[Path, int, "int | None", bool], tuple[list[list[T]], int, dict]]


def processes(n_pages: int) -> int:
    """How many processes read a file of ``n_pages`` pages."""
    if n_pages < MIN_PAGES or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(PROCESSES, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1))


def read_in_ranges(read: ReadRange, path: Path, n_pages: int, columns: bool) -> tuple[list[list[Any]], int, dict]:
    """``read(path, start, stop, columns)`` over all pages: (each page's lines, images, metadata)."""
    n = processes(n_pages)
    if n == 1:
        return read(path, 0, None, columns)
    bounds = [round(i * n_pages / n) for i in range(n + 1)]
    with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork")) as pool:
        parts = list(pool.map(read, [path] * n, bounds[:-1], [*bounds[1:-1], None], [columns] * n))
    pages = [page for part_pages, _, _ in parts for page in part_pages]
    return pages, sum(images for _, images, _ in parts), parts[0][2]
