"""Every file of the real-world corpus (tests/data/realworld/: forms, reports, tables, rotated pages,
malformed files that public projects keep as test material) through the real parse path, one file at a
time. Prints per file: ok / refused (the one-line reason) / crash (the exception type), pages, passages,
seconds and warnings (Python warnings and library log records at WARNING or above, which would reach
stderr), then a summary. Document text is never printed. Run from the repository root:

    .venv/bin/python benchmarks/realworld.py [--worker] [DIR_OR_FILES ...]

Files are parsed in this process, so that a parser's bug shows as a crash; with ``--worker`` they go through
the parse worker as ``lessons ingest`` does (where a crash becomes a one-line refusal and library output is
silenced). The exit status is 1 when any file crashed or leaked a warning, else 0."""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inquiry_lessons.index.errors import IngestError
from inquiry_lessons.index.ingest.pipeline import prepare
from inquiry_lessons.index.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "realworld"
SUFFIXES = {".pdf", ".docx"}


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Outcome:
    path: Path
    status: str  # "ok", "refused" or "crash"
    detail: str  # the refusal's reason (without the path) or the exception's type
    pages: int | None
    passages: int
    seconds: float
    warnings: list[str]


def in_process(settings: Settings) -> Settings:
    """The settings with parsing in this process: an exception or warning of a parser is seen as it is."""
    return settings.model_copy(update={"ingest": settings.ingest.model_copy(update={"parse_in_worker": False})})


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def run_one(path: Path, settings: Settings, timeout: float) -> Outcome:
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    start = time.perf_counter()
    status, detail, pages, passages = "ok", "", None, 0
    previous = signal.signal(signal.SIGALRM, _alarm)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            prepared = prepare(path, settings)
            pages, passages = prepared.report.pages, len(prepared.passages)
        except _Timeout:
            status, detail = "crash", f"still running after {timeout:.0f} s"
        except IngestError as exc:
            status, detail = "refused", str(exc).replace(str(path), "").lstrip(": ")
            if "\n" in detail:
                status, detail = "crash", "IngestError message over several lines"
        except Exception as exc:  # the point of the benchmark: count them
            status, detail = "crash", type(exc).__name__
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        gc.collect()  # an unclosed file is reported when collected: here, under the file that left it
    signal.signal(signal.SIGALRM, previous)
    seconds = time.perf_counter() - start
    root.removeHandler(handler)
    leaks = [f"{w.category.__name__} ({Path(w.filename).name}:{w.lineno})" for w in caught]
    leaks += [f"log {r.levelname} from {r.name}" for r in handler.records]
    return Outcome(path, status, detail, pages, passages, seconds, leaks)


def files_of(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [CORPUS]
    out: list[Path] = []
    for root in roots:
        if root.is_dir():
            out.extend(p for p in sorted(root.rglob("*")) if p.suffix.lower() in SUFFIXES and p.is_file())
        else:
            out.append(root)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help=f"files or folders (default: {CORPUS})")
    parser.add_argument("--worker", action="store_true", help="parse in the worker process, as ingest does")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a file counts as a hang")
    args = parser.parse_args()
    settings = in_process(Settings()) if not args.worker else Settings()
    paths = files_of(args.paths)
    outcomes = []
    for path in paths:
        o = run_one(path, settings, args.timeout)
        outcomes.append(o)
        name = str(path.relative_to(CORPUS)) if path.is_relative_to(CORPUS) else str(path)
        what = o.status if o.status == "ok" else f"{o.status}({o.detail})"
        leak = f"  WARNINGS: {'; '.join(sorted(set(o.warnings)))}" if o.warnings else ""
        print(f"{name:60.60}  {what:70.70}  pages={o.pages if o.pages is not None else '-':>4}  "
              f"passages={o.passages:>4}  {o.seconds:6.2f}s{leak}", flush=True)
    crashed = [o for o in outcomes if o.status == "crash"]
    leaked = [o for o in outcomes if o.warnings]
    print()
    print(f"files={len(outcomes)} ingested={sum(o.status == 'ok' for o in outcomes)} "
          f"refused={sum(o.status == 'refused' for o in outcomes)} crashed={len(crashed)} "
          f"with_warnings={len(leaked)} total_seconds={sum(o.seconds for o in outcomes):.1f} "
          f"slowest={max((o.seconds for o in outcomes), default=0.0):.1f}s")
    return 1 if crashed or leaked else 0


if __name__ == "__main__":
    raise SystemExit(main())
