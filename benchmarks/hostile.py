"""Hostile files through the real ``lessons ingest``: wall time, peak memory and the one line each gets,
and what the parse worker and the pre-checks cost on ordinary PDFs. Run from the repository root:

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/hostile.py

Peak memory is given two ways: the largest single process (``ru_maxrss`` of the command and everything it
started, from a wrapper's ``RUSAGE_CHILDREN``) and the whole process tree's summed RSS, sampled every 20 ms
from /proc. Every hostile file is refused before the embedding model loads, so the figures are the
parse path's. The files are made in a temporary directory (tests/support/hostile.py)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support import hostile

_WRAP = ("import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc, file=sys.stderr)")


def _tree_rss(root: int) -> int:
    """Summed RSS (KiB) of ``root`` and its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
            with open(f"/proc/{entry}/statm") as fh:
                pages = int(fh.read().split()[1])
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[pid] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss.get(pid, 0) for pid in tree)


def run(args: list[str], env: dict[str, str]) -> tuple[float, int, int, int, str]:
    """(seconds, peak single-process RSS MiB, peak tree RSS MiB, exit code, stderr lines) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _WRAP, *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate(timeout=1200)
    done.set()
    sampler.join()
    secs = time.perf_counter() - started
    *lines, last = err.strip().splitlines()
    maxrss, rc = (int(x) for x in last.split())
    return secs, maxrss // 1024, peak // 1024, rc, " | ".join(lines)


def hostile_files(tmp: Path) -> dict[str, tuple[Path, dict[str, str]]]:
    def with_sidecar(name: str, text: str | None) -> Path:
        report = hostile.fictional_markdown(tmp / name)
        if text is None:
            hostile.yaml_bomb_sidecar(report)
        else:
            hostile.sidecar(report, text)
        return report

    newline = tmp / "review\nlessons: ingested 3 reports.pdf"
    newline.write_bytes(b"%PDF-1.7\nnot really a PDF")
    no_checks = {"LESSONS_MAX_UNZIPPED_MB": "100000", "LESSONS_MAX_ZIP_RATIO": "1e9"}
    return {
        "docx, XML expands to 3 GiB": (hostile.docx_bomb(tmp / "bomb.docx"), {}),
        "  same, zip checks off (memory cap)": (tmp / "bomb.docx", no_checks),
        "pdf, 2 GiB Flate stream": (hostile.pdf_stream_bomb(tmp / "bomb.pdf"), {}),
        "pdf, 80,000 pages": (hostile.pdf_many_pages(tmp / "pages.pdf"), {}),
        "  same, page limit off (time budget 20 s)": (tmp / "pages.pdf", {"LESSONS_MAX_PAGES": "1000000",
                                                                         "LESSONS_PARSE_TIMEOUT": "20"}),
        "sidecar, YAML alias bomb": (with_sidecar("laughs.md", None), {}),
        "html, 100,000 nested divs": (hostile.nested_html(tmp / "deep.html"), {}),
        "  same, depth limit off": (tmp / "deep.html", {"LESSONS_MAX_HTML_DEPTH": "1000000",
                                                        "LESSONS_PARSE_TIMEOUT": "60"}),
        "docx, malformed XML": (hostile.docx_malformed(tmp / "broken.docx"), {}),
        "docx, entity declarations": (hostile.docx_entities(tmp / "entities.docx"), {}),
        "sidecar, year: .inf": (with_sidecar("inf.md", "year: .inf\n"), {}),
        "sidecar, year: 1.0e+23": (with_sidecar("big.md", "year: 1.0e+23\n"), {}),
        "file name with a newline": (newline, {}),
    }


def overhead(pdfs: list[Path], rounds: int) -> dict[str, float]:
    """Mean seconds per ordinary PDF: the PDF parser alone, parse() with the pre-checks, and prepare()
    through the worker (started beforehand; its start is timed separately)."""
    from inquiry_lessons.index.ingest import prepare, sandbox
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.settings import Settings

    settings = Settings()

    def mean(fn: Callable[[Path], object]) -> float:
        fn(pdfs[0])
        times = []
        for _ in range(rounds):
            for pdf in pdfs:
                t0 = time.perf_counter()
                fn(pdf)
                times.append(time.perf_counter() - t0)
        return statistics.mean(times)

    sandbox.shutdown()
    t0 = time.perf_counter()
    prepare(pdfs[0], settings)
    first = time.perf_counter() - t0
    out = {"parse_pdf alone": mean(parse_pdf), "parse() with pre-checks": mean(parse),
           "prepare() via the worker": mean(lambda p: prepare(p, settings))}
    out["first prepare() (worker start)"] = first
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="rounds over the ordinary PDFs")
    opts = ap.parse_args()
    lessons = Path(sys.executable).with_name("lessons")
    command = [str(lessons)] if lessons.is_file() else [sys.executable, "-m", "inquiry_lessons.index.cli"]
    with tempfile.TemporaryDirectory(prefix="lessons-hostile-") as name:
        tmp = Path(name)
        env = {k: v for k, v in os.environ.items() if not k.startswith("LESSONS_")}
        env.update(XDG_DATA_HOME=str(tmp / "xdg"), XDG_CACHE_HOME=str(tmp / "cache"), HF_HUB_OFFLINE="1")
        store = tmp / "store"
        secs, rss, tree, rc, _ = run([*command, "ingest", str(hostile.fictional_markdown(tmp / "good.md")),
                                      "--store", str(store)], env)
        print(f"{'a small fictional report (ingested)':42} {secs:6.1f} s {rss:6d} MiB {tree:6d} MiB  exit {rc}")
        print(f"{'file':42} {'wall':>8} {'1 proc':>10} {'tree':>10}  line on stderr")
        for label, (path, extra) in hostile_files(tmp).items():
            secs, rss, tree, rc, line = run([*command, "ingest", str(path), "--store", str(store)], {**env, **extra})
            print(f"{label:42} {secs:6.1f} s {rss:6d} MiB {tree:6d} MiB  {line}")
        from tests.support.devset import write_documents

        pdfs = [p for p in write_documents(tmp / "dev") if p.suffix == ".pdf"]
        print(f"\nOrdinary PDFs ({len(pdfs)} fictional reports, 10-13 pages), mean seconds per file:")
        for label, secs in overhead(pdfs, opts.rounds).items():
            print(f"  {label:32} {secs:.3f}")


if __name__ == "__main__":
    main()
