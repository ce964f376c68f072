"""Ingest throughput, torch fp32 against ONNX int8, in one run on the same files.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_ingest.py --pages 165

Two workloads, each ingested into a fresh store with each backend:
- one long fictional report: a text PDF of ``--pages`` pages of numbered paragraphs made from the fictional
  development reviews' sentences (scale_corpus.py), through ``lessons ingest FILE``'s path;
- the development set's fictional reports (PDF, DOCX, HTML, ...) through ``lessons ingest DIR``'s bulk path,
  which parses the next file while it embeds this one.
Prints seconds, pages/s and passages/s, the parse / embed / write split for the single report, and the ratio
of each backend to torch fp32.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_corpus


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
        for backend in args.backends.split(","):
            embedder = get_embedder(emb.model, emb.embed_batch_size, backend)
            embedder.embed_batch(["warm up"])  # model load and any export are not ingest
            out["runs"][backend] = {
                "long_report": timed_ingest([long_pdf], work / f"{backend}-long", settings, embedder, bulk=False),
                "dev_set_bulk": timed_ingest([dev], work / f"{backend}-dev", settings, embedder, bulk=True),
            }
    base = out["runs"].get("torch")
    if base:
        workloads = list(base)
        for run in out["runs"].values():
            run["speedup"] = {k: round(base[k]["seconds"] / run[k]["seconds"], 2) for k in workloads}
    print(json.dumps(out, indent=2))


class _Zero:
    model_id, dim = "none", 384

    def embed_batch(self, texts: list[str]):
        import numpy as np

        return np.zeros((len(texts), self.dim), dtype=np.float32)


if __name__ == "__main__":
    main()
