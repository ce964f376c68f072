"""OCR engines compared on scans of the fictional development set: character error rate (CER) against the
PDF's own text layer, paragraph numbers read right, and seconds per page. Run from the repository root:

    .venv/bin/python benchmarks/ocr_compare.py                  # engines that are installed
    .venv/bin/python benchmarks/ocr_compare.py --engines tesseract --pages 4

Pages of the three fictional PDFs (tests/support/devset.py) and of a fictional numbered review
(tests/support/scans.py) are rendered at 300 dpi and wrapped as image-only PDFs, once clean and once
degraded like a photocopy (0.5-1° slant, blur, grey paper, speckle, JPEG quality 40). Engines:

- ``tesseract``: this project's reader, ``index/ingest/parse/ocr.py`` (Debian's tesseract-ocr 5, page
  segmentation mode 4, plus its own clean-up: leaders, bullets, paragraph numbers, margins);
- ``tesseract-raw``: the same Tesseract run plainly (``tesseract page.png stdout --psm 3``);
- ``rapidocr``: RapidOCR with its bundled PP-OCRv4 ONNX models (``pip install rapidocr-onnxruntime``;
  the models ship inside the wheel, nothing is downloaded). Boxes on one row are joined left to right.

CER is the Levenshtein distance between a page's text (lines in reading order, whitespace collapsed) and
the text layer's, over the latter's length; "numbers" counts the text layer's lines that open with a
paragraph number ("1.2.3", "12.") whose OCR'd line opens with the same number. Seconds are wall-clock
for the page's OCR (two pages at a time for ``tesseract``, as in ingest) and CPU seconds (this process and
its children); the machine is shared, so wall time varies with load.

Figures (2026-12-01, 2 cores shared with other work, load average 1.9 at start; Tesseract 5.3.0 from
Debian 12, rapidocr-onnxruntime 1.4.4 with onnxruntime 1.32; 11 pages: 3+3+3 of the development set's
PDFs and 2 of the numbered review; ``PYTHONPATH=<rapidocr install> .venv/bin/python benchmarks/ocr_compare.py``):

    engine         scan      pages     CER   numbers  s/page cpu s/page
    tesseract      clean        11   0.04%   68/68      2.40       2.38
    tesseract      degraded     11   0.11%   67/68      2.54       2.52
    tesseract-raw  clean        11   0.79%   35/68      2.10       2.08
    tesseract-raw  degraded     11   0.81%   34/68      2.76       2.73
    rapidocr       clean        11  21.69%   54/68      6.71      10.23
    rapidocr       degraded     11  10.71%   33/68      9.65      10.32

Tesseract was chosen: RapidOCR's Chinese/English PP-OCRv4 model drops most spaces between English words
("Themother'sownhistory") and takes four times the CPU. Plain Tesseract (mode 3) leaves out or garbles
half the hanging paragraph numbers ("1.1.2" as "42" or not at all); this project's reader gets them back.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inquiry_lessons.index.ingest.parse import ocr, pdf
from tests.support import devset, scans

NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){1,3}|\d{1,3}\.)\s")
DOCS = {  # document: 0-based pages to use
    "fict-northmoor-scr-2019.pdf": (3, 4, 5),
    "fict-saltmarsh-review-2022.pdf": (3, 4, 5),
    "fict-brackenford-lcspr-2024.pdf": (4, 5, 6),
    "review.pdf": (0, 1),
}


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _rows(items: list[tuple[float, float, float, str]]) -> list[str]:
    """(top, bottom, left, text) boxes → lines: boxes whose vertical middles fall in one row, left to right."""
    items = sorted(items)
    rows: list[list[tuple[float, float, float, str]]] = []
    for it in items:
        middle = (it[0] + it[1]) / 2
        if rows and rows[-1][0][0] <= middle <= rows[-1][0][1]:
            rows[-1].append(it)
        else:
            rows.append([it])
    return [" ".join(t for *_, t in sorted(row, key=lambda r: r[2])) for row in rows]


def engine_tesseract(path: Path, pages: list[int]) -> list[list[str]]:
    read = ocr.ocr_pages(path, pages)
    return [[ln.text for ln in read[i]] for i in pages]


def engine_tesseract_raw(path: Path, pages: list[int]) -> list[list[str]]:
    out = []
    for img in scans.render_pages(path, pages=pages):
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        done = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "3", "--dpi", "300"], input=buf.getvalue(),
                              capture_output=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        out.append([ln for ln in done.stdout.decode().splitlines() if ln.strip()])
    return out


_RAPID: Any = None


def engine_rapidocr(path: Path, pages: list[int]) -> list[list[str]]:
    global _RAPID
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    _RAPID = _RAPID or RapidOCR()
    out = []
    for img in scans.render_pages(path, pages=pages):
        result, _ = _RAPID(np.asarray(img.convert("RGB")))
        items = []
        for box, text, _score in result or []:
            ys, xs = [p[1] for p in box], [p[0] for p in box]
            items.append((min(ys), max(ys), min(xs), text))
        out.append(_rows(items))
    return out


def available() -> dict[str, Callable[[Path, list[int]], list[list[str]]]]:
    engines: dict[str, Callable[[Path, list[int]], list[list[str]]]] = {}
    if shutil.which("tesseract"):
        engines["tesseract"] = engine_tesseract
        engines["tesseract-raw"] = engine_tesseract_raw
    try:
        import rapidocr_onnxruntime  # noqa: F401

        engines["rapidocr"] = engine_rapidocr
    except ImportError:
        pass
    return engines


def numbers_right(truth: list[str], got: list[str]) -> tuple[int, int]:
    want = [m.group(1) for t in truth if (m := NUMBER.match(t))]
    have = [m.group(1) for t in got if (m := NUMBER.match(normalise(t)))]
    right = 0
    for n in want:
        if n in have:
            have.remove(n)
            right += 1
    return right, len(want)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engines", nargs="*", help="default: all installed")
    parser.add_argument("--pages", type=int, default=0, help="at most this many pages per document (0: all chosen)")
    args = parser.parse_args()
    engines = available()
    chosen = args.engines or list(engines)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docs = {p.name: p for p in devset.write_documents(work / "docs") if p.suffix == ".pdf"}
        docs["review.pdf"] = scans.review_pdf(work / "docs" / "review.pdf")
        cases = []  # (document, condition, scan, pages, truth lines per page)
        for name, pages in DOCS.items():
            picked = list(pages[: args.pages] if args.pages else pages)
            text_pages, _, _ = pdf._read_lines(docs[name])
            truth = [[ln.text for ln in text_pages[i]] for i in picked]
            for condition in ("clean", "degraded"):
                scan = scans.scanned_copy(docs[name], work / f"{condition}-{name}", degraded=condition == "degraded",
                                          pages=picked)
                cases.append((name, condition, scan, list(range(len(picked))), truth))
        if shutil.which("tesseract"):
            version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split()[1]
            print(f"tesseract {version}")
        print(f"load average at start: {os.getloadavg()[0]:.2f} (2 cores)")
        print(f"{'engine':14} {'scan':9} {'pages':>5} {'CER':>7} {'numbers':>9} {'s/page':>7} {'cpu s/page':>10}")
        for engine in chosen:
            for condition in ("clean", "degraded"):
                cers, right, total, pages_done, wall, cpu = [], 0, 0, 0, 0.0, 0.0
                for _name, cond, scan, pages, truth in cases:
                    if cond != condition:
                        continue
                    t0, c0 = time.perf_counter(), _cpu()
                    got = engines[engine](scan, pages)
                    wall += time.perf_counter() - t0
                    cpu += _cpu() - c0
                    pages_done += len(pages)
                    for t_lines, g_lines in zip(truth, got, strict=True):
                        cers.append(scans.cer(" ".join(t_lines), " ".join(g_lines)))
                        r, n = numbers_right(t_lines, g_lines)
                        right, total = right + r, total + n
                print(f"{engine:14} {condition:9} {pages_done:5d} {statistics.mean(cers):7.2%} "
                      f"{right:4d}/{total:<4d} {wall / pages_done:7.2f} {cpu / pages_done:10.2f}")


if __name__ == "__main__":
    main()
