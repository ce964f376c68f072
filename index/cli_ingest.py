"""``lessons ingest``'s two modes and what they print: files only (all or none) and bulk (a folder given:
:mod:`.ingest.bulk`). Called by :func:`.cli.ingest` once the flags are checked and the store is chosen."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import typer

from .cli import Bar, fail, safe_line
from .embed import Embedder
from .errors import LessonsError
from .settings import Settings
from .types import Report


def ingest_files(files: list[Path], target: Path, settings: Settings, embedder: Embedder,
                 overrides: dict[str, Any]) -> None:
    """All files or none: each bad file gets one line on stderr, exit 1, and the store is unchanged."""
    from .ingest import ingest as run_ingest

    started = time.perf_counter()
    with Bar() as bar:
        result = run_ingest(files, target, settings, embedder, overrides, progress=bar)
    if result.failures:
        for line in result.failures:  # one line per bad file; nothing was ingested
            typer.echo(f"lessons: {safe_line(line)}", err=True)
        raise typer.Exit(1)
    _print_reports(result.reports)
    _summary(len(result.reports), result.passages, result.pages, started, target)


def ingest_bulk(paths: list[Path], target: Path, settings: Settings, embedder: Embedder, jobs: int) -> None:
    """Folders walked, files committed in batches, bad files listed at the end (exit 1), unchanged files
    skipped; on Ctrl-C the finished batches stay."""
    from .ingest.bulk import bulk_ingest, collect_files
    from .ingest.parse import PARSERS

    files = collect_files(paths)
    if not files:
        kinds = ", ".join(sorted({s.lstrip(".") for s in PARSERS}))
        raise fail(f"no report files ({kinds}) in {', '.join(str(p) for p in paths)}")
    written = 0

    def committed(reports: list[Report]) -> None:
        nonlocal written
        written += len(reports)
        _print_reports(reports)

    started = time.perf_counter()
    try:
        with Bar() as bar:
            result = bulk_ingest(files, target, settings, embedder, jobs=jobs, progress=bar, committed=committed)
    except KeyboardInterrupt:
        raise fail(f"interrupted; {written} report(s) of finished batches are in the store, the batch under way "
                   "was not written; run the same command again to go on", 130) from None
    except LessonsError as exc:
        raise fail(f"{exc} ({written} report(s) of finished batches are in the store)") from None
    if result.skipped:
        typer.echo(f"skipped {len(result.skipped)} file(s) unchanged since they were ingested")
    _summary(len(result.reports), result.passages, result.pages, started, target)
    for line in result.failures:  # one line per file left out; the others are in the store
        typer.echo(f"lessons: {safe_line(line)}", err=True)
    if result.failures:
        raise typer.Exit(1)


def _print_reports(reports: list[Report]) -> None:
    for r in reports:
        typer.echo(safe_line(f"ingested {r.report_id}: {r.label}"))


def _summary(reports: int, passages: int, pages: int, started: float, target: Path) -> None:
    secs = time.perf_counter() - started
    typer.echo(safe_line(f"{reports} report(s), {passages} passages, {pages} pages in {secs:.1f}s -> {target}"))
