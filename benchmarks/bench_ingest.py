"""Ingest throughput, torch fp32 against ONNX int8, in one run on the same files.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_ingest.py --pages 165

Two workloads, each ingested into a fresh store with each backend:
- one long fictional report: a text PDF of ``--pages`` pages of numbered paragraphs made from the fictional
  development reviews' sentences (scale_corpus.py), through ``lessons ingest FILE``'s path;
- the development set's fictional reports (PDF, DOCX, HTML, ...) through ``lessons ingest DIR``'s bulk path,
  which parses the next file while it embeds this one.
Prints seconds, pages/s and passages/s, the parse / embed / write split for the single report, and the ratio
of each backend to torch fp32.

Today's pipeline, the baseline of issue 13's "3x" (torch fp32, one parsing process, no bulk path), runs in the
same run on the same files: ``--baseline REV`` (default fac0b29, the last commit before that work) is taken
with ``git archive`` from this checkout's history and run in a child process that imports it instead of this
code. ``--baseline ''`` skips it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale_corpus  # noqa: E402


def timed_ingest(files: list[Path], store: Path, settings, embedder, bulk: bool) -> dict:
    from inquiry_lessons.index.ingest import ingest
    from inquiry_lessons.index.ingest.bulk import bulk_ingest, collect_files

    marks: list[tuple[str, float]] = []

    def progress(stage: str, done: int, total: int) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter()))

    t0 = time.perf_counter()
    if bulk:
        result = bulk_ingest(collect_files(files), store, settings, embedder, progress=progress)
    else:
        result = ingest(files, store, settings, embedder, progress=progress)
    total = time.perf_counter() - t0
    assert not result.failures, result.failures
    out = {"seconds": round(total, 2), "pages": result.pages, "passages": result.passages,
           "pages_per_s": round(result.pages / total, 2), "passages_per_s": round(result.passages / total, 1)}
    if not bulk:  # stages follow one another for a single file
        edges = [t0, *(t for _, t in marks[1:]), t0 + total]
        out["stages_s"] = {name: round(b - a, 2) for (name, _), a, b in zip(marks, edges, edges[1:], strict=False)}
    return out


def main() -> None:
    from inquiry_lessons.index.embed import get_embedder
    from inquiry_lessons.index.eval import _dev_files, machine
    from inquiry_lessons.index.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=165)
    ap.add_argument("--backends", default="torch,onnx-int8")
    ap.add_argument("--baseline", default="fac0b29", help="git revision of today's pipeline ('' to skip)")
    args = ap.parse_args()
    settings = Settings()
    emb = settings.embedding
    out: dict = {"machine": machine(), "runs": {}}
    with tempfile.TemporaryDirectory(prefix="lessons-ingest-") as tmp:
        work = Path(tmp)
        bank, _ = scale_corpus.sentence_bank(settings, _Zero())
        long_pdf = scale_corpus.long_pdf(work / "long.pdf", bank, args.pages)
        dev = work / "dev"
        dev.mkdir()
        _dev_files(dev)
        if args.baseline:
            out["runs"]["today"] = baseline_run(args.baseline, work, {
                "long_report": ([long_pdf], work / "today-long"),
                "dev_set_bulk": (sorted(p for p in dev.rglob("*") if p.suffix in {".pdf", ".docx", ".html"}),
                                 work / "today-dev")})
        for backend in args.backends.split(","):
            embedder = get_embedder(emb.model, emb.embed_batch_size, backend)
            embedder.embed_batch(["warm up"])  # model load and any export are not ingest
            out["runs"][backend] = {
                "long_report": timed_ingest([long_pdf], work / f"{backend}-long", settings, embedder, bulk=False),
                "dev_set_bulk": timed_ingest([dev], work / f"{backend}-dev", settings, embedder, bulk=True),
            }
    for name in ("today", "torch"):
        base = out["runs"].get(name)
        if base:
            for run in out["runs"].values():
                run[f"x_{name}"] = {k: round(v["seconds"] / run[k]["seconds"], 2) for k, v in base.items()
                                    if isinstance(v, dict) and "seconds" in v}
    print(json.dumps(out, indent=2))


_BASELINE = """
import json, sys, time
from pathlib import Path
from inquiry_lessons.index.embed import get_embedder
from inquiry_lessons.index.ingest import ingest
from inquiry_lessons.index.settings import Settings

def main():
    settings = Settings()
    embedder = get_embedder(settings.embedding.model, settings.embedding.embed_batch_size)
    embedder.embed_batch(["warm up"])
    out = {}
    for name, (files, store) in json.loads(sys.argv[1]).items():
        t0 = time.perf_counter()
        result = ingest([Path(f) for f in files], Path(store), settings, embedder)
        seconds = time.perf_counter() - t0
        assert not result.failures, result.failures
        out[name] = {"seconds": round(seconds, 2), "pages": result.pages, "passages": result.passages,
                     "pages_per_s": round(result.pages / seconds, 2),
                     "passages_per_s": round(result.passages / seconds, 1)}
    print(json.dumps(out))

if __name__ == "__main__":
    main()
"""


def baseline_run(rev: str, work: Path, jobs: dict[str, tuple[list[Path], Path]]) -> dict:
    """Ingest ``jobs`` with the code of revision ``rev`` (torch fp32), in a child process importing it."""
    tree = work / "baseline" / "inquiry_lessons"
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    script = work / "baseline" / "run_baseline.py"
    script.write_text(_BASELINE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tree.parent), "HF_HUB_OFFLINE": "1"}
    env.pop("LESSONS_EMBEDDING_BACKEND", None)
    arg = json.dumps({k: ([str(f) for f in files], str(store)) for k, (files, store) in jobs.items()})
    done = subprocess.run([sys.executable, str(script), arg], env=env, cwd=work, check=True,
                          capture_output=True, text=True)
    return {"revision": rev, **json.loads(done.stdout.strip().splitlines()[-1])}


class _Zero:
    model_id, dim = "none", 384

    def embed_batch(self, texts: list[str]):
        import numpy as np

        return np.zeros((len(texts), self.dim), dtype=np.float32)


if __name__ == "__main__":
    main()
