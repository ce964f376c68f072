"""Embedding throughput and agreement: sentence-transformers (torch fp32) against ONNX Runtime fp32 and ONNX
Runtime int8 (dynamic, per-channel), in one run. Run from the repository root:

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_embed.py [--paragraphs 1000] [--rounds 3]

The text is the paragraphs (and recommendations) of the fictional development set's source,
tests/data/devset/reports.yaml, cycled up to --paragraphs (the shipped content/ holds card statements of one
sentence each, not report paragraphs). Each variant is warmed up, then timed over all the paragraphs in every
round (the order of the variants rotates between rounds, as this machine is shared and noisy); the table shows
the median. Agreement with torch fp32 is measured over the distinct paragraphs: the cosine of each paragraph's
two vectors, and for each paragraph the overlap of its 10 nearest other paragraphs under the two models.
Unless --cache-dir is given the ONNX models are exported into a fresh temporary directory, so the export
time of first use is measured too."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from itertools import cycle, islice
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from inquiry_lessons.index.embed import Embedder, SentenceTransformerEmbedder  # noqa: E402
from inquiry_lessons.index.embed_onnx import OnnxEmbedder  # noqa: E402
from inquiry_lessons.index.eval import machine  # noqa: E402
from inquiry_lessons.index.settings import default_model_path  # noqa: E402

INT8 = "ONNX Runtime int8 dynamic, per-channel"
DEVSET = ROOT / "tests" / "data" / "devset" / "reports.yaml"


def devset_paragraphs(path: Path = DEVSET) -> list[str]:
    """Every paragraph and recommendation of the dev-set source, a factor list as its lead and bullets."""
    out: list[str] = []

    def walk(node: object, key: str | None = None) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for item in node:
                if key in ("paragraphs", "recommendations") and isinstance(item, str):
                    out.append(" ".join(item.split()))
                elif key in ("paragraphs", "recommendations") and isinstance(item, dict) and "lead" in item:
                    out.append(" ".join([item["lead"], *item.get("bullets", [])]))
                else:
                    walk(item, key)

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


def agreement(ref: np.ndarray, other: np.ndarray, k: int = 10) -> dict[str, float]:
    """Cosine between matching rows, and overlap of each row's k nearest other rows (mean and min)."""
    cos = np.sum(ref * other, axis=1)

    def neighbours(v: np.ndarray) -> np.ndarray:
        sims = v @ v.T
        np.fill_diagonal(sims, -np.inf)
        return np.argpartition(-sims, k, axis=1)[:, :k]

    a, b = neighbours(ref), neighbours(other)
    overlap = np.array([len(set(x) & set(y)) / k for x, y in zip(a, b, strict=True)])
    return {"cos_mean": float(cos.mean()), "cos_min": float(cos.min()),
            "nn_mean": float(overlap.mean()), "nn_min": float(overlap.min())}


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=1000, help="paragraphs embedded per timing")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per variant (median reported)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--threads", type=int, default=None, help="ONNX Runtime intra-op threads (default: cores)")
    parser.add_argument("--model", default=None, help="model directory (default: the shipped all-MiniLM-L6-v2)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="keep exported ONNX models here (default: a temporary directory, export timed)")
    args = parser.parse_args()

    import onnxruntime
    import torch

    model = args.model or default_model_path()
    distinct = list(dict.fromkeys(devset_paragraphs()))
    texts = list(islice(cycle(distinct), args.paragraphs))
    words = [len(t.split()) for t in distinct]

    with tempfile.TemporaryDirectory(prefix="bench-embed-") as tmp:
        cache = args.cache_dir or Path(tmp)
        start = time.perf_counter()
        embedders: dict[str, Embedder] = {
            "sentence-transformers, torch fp32": SentenceTransformerEmbedder(model, batch_size=args.batch_size)}
        loads = {"sentence-transformers, torch fp32": time.perf_counter() - start}
        onnx = {name: OnnxEmbedder(model, cache, quantize=quantize, batch_size=args.batch_size, threads=args.threads)
                for name, quantize in (("ONNX Runtime fp32", False), (INT8, True))}
        # int8 first: its first use exports fp32 and quantises it, its fp32 sibling's first use only exports
        for name in reversed(onnx):
            loads[name] = timed(onnx[name].load)  # the first-use export when it exported, else loading the file
        embedders.update(onnx)

        vectors = {name: e.embed_batch(distinct) for name, e in embedders.items()}  # also the warm-up
        # int8 quantises activations with one scale per batch: the same text embedded alone moves a little
        alone = np.vstack([onnx[INT8].embed_batch([t]) for t in distinct])
        names = list(embedders)
        rates: dict[str, list[float]] = {name: [] for name in names}
        for r in range(args.rounds):
            for name in names[r % len(names):] + names[:r % len(names)]:
                rates[name].append(len(texts) / timed(partial(embedders[name].embed_batch, texts)))

    ref_name = names[0]
    base = statistics.median(rates[ref_name])
    print(f"## Embedding throughput ({len(texts)} paragraphs cycled from {len(distinct)} distinct dev-set "
          f"paragraphs of {min(words)}–{max(words)} words, mean {statistics.mean(words):.0f}; "
          f"batch {args.batch_size}; median of {args.rounds} rounds)\n")
    print("| variant | paragraphs/s | × torch | cosine to fp32 (mean / min) | neighbour overlap@10 (mean / min) "
          "| load or first-use export (s) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in names:
        rate = statistics.median(rates[name])
        if name == ref_name:
            cos = nn = "—"
        else:
            a = agreement(vectors[ref_name], vectors[name])
            cos = f"{a['cos_mean']:.4f} / {a['cos_min']:.4f}"
            nn = f"{a['nn_mean']:.2f} / {a['nn_min']:.2f}"
        print(f"| {name} | {rate:.0f} | {rate / base:.2f} | {cos} | {nn} | {loads[name]:.1f} |")
    own, solo = np.sum(alone * vectors[INT8], axis=1), agreement(vectors[ref_name], alone)
    print(f"\nint8, each distinct paragraph embedded alone against in batches of {args.batch_size}: cosine "
          f"{own.mean():.4f} / {own.min():.4f} (mean / min); int8 alone against torch fp32: cosine "
          f"{solo['cos_mean']:.4f} / {solo['cos_min']:.4f}, neighbour overlap@10 {solo['nn_mean']:.2f} / "
          f"{solo['nn_min']:.2f}")
    rounds = "; ".join(f"{n.split(',')[0]}: {', '.join(f'{x:.0f}' for x in rates[n])}" for n in names)
    print(f"\nPer-round paragraphs/s — {rounds}")
    onnx_threads = args.threads or os.cpu_count()
    print(f"\nMachine: {machine()} (os.cpu_count() {os.cpu_count()}); "
          f"torch {torch.__version__} ({torch.get_num_threads()} threads); onnxruntime {onnxruntime.__version__} "
          f"({onnx_threads} intra-op threads); agreement over {len(distinct)} distinct paragraphs.")


if __name__ == "__main__":
    main()
