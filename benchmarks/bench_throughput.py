"""Sustained answers per second with several workers, with and without query micro-batching (issue 13).
Run from the repository root:

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_throughput.py [--answers 200] [--workers 1,2,4]
        [--rounds 3] [--backend torch|onnx-int8] [--questions torch,onnx] [--window-ms 50] [--wait-quiet S]
        [--torch-threads N]

It builds the fictional development store as ``lessons bench`` does (the model loads once), then for every
question embedder (--questions: torch, today's; onnx, the default ``question_backend``'s ONNX Runtime fp32),
every number of workers, with and without micro-batching (index/embed_batch.py, turned on as the bot does with
``Engine.share_embedding``), answers --answers questions, cycling through the development set's questions,
through a ThreadPoolExecutor of that many workers that is kept saturated (every question is submitted at
once). Answers per second is answers over the wall time from the first submission to the last answer;
latency is each answer's own time in ``Engine.answer`` (queueing excluded). The configurations run in turn
within each round, in a rotated order, and the table shows each one's median round, with every round's
rate and the CPU other processes used meanwhile (this machine is shared: --wait-quiet waits before each
run for them to fall under a tenth of a core). texts/call is texts per call of the model; "our CPU" is the
cores this process used. Before timing, it checks that batching changes no answer (4 threads) and that
batched question vectors agree with those made one by one, and that every question embedder gives the first
one's answers. --backend (the store's embedder) defaults to LESSONS_EMBEDDING_BACKEND,
else torch; the engine refuses to batch onnx-int8 (its vectors depend on the batch), so that one is
measured forced, to show why."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from inquiry_lessons.index.answer.engine import Engine  # noqa: E402
from inquiry_lessons.index.embed import Embedder, embedder_for, get_embedder  # noqa: E402
from inquiry_lessons.index.embed_batch import BatchingEmbedder  # noqa: E402
from inquiry_lessons.index.eval import _pct, _questions, build_dev_store, machine  # noqa: E402
from inquiry_lessons.index.settings import Settings  # noqa: E402


def cpu_seconds() -> tuple[float, float]:
    """(busy CPU seconds of the whole machine, of this process) so far; the machine's is 0 without /proc."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0, usage.ru_utime + usage.ru_stime
    busy = sum(fields[:8]) - fields[3] - fields[4]  # everything but idle and iowait (guest is within user)
    return busy / os.sysconf("SC_CLK_TCK"), usage.ru_utime + usage.ru_stime


def others_cpu(seconds: float = 1.0) -> float:
    """Cores' worth of CPU that other processes used over the last ``seconds``."""
    m0, p0 = cpu_seconds()
    time.sleep(seconds)
    m1, p1 = cpu_seconds()
    return max(0.0, (m1 - m0) - (p1 - p0)) / seconds


def wait_quiet(limit: float, budget: float) -> None:
    """Wait up to ``budget`` seconds for other processes to use under ``limit`` of a core (a shared machine)."""
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline and others_cpu() >= limit:
        pass


def run(engine: Engine, questions: list[str], workers: int) -> dict[str, float]:
    """Every question through a pool of ``workers`` threads at once: answers/s and per-answer latency."""
    latencies: list[float] = []

    def one(q: str) -> None:
        t0 = time.perf_counter()
        engine.answer(q)
        latencies.append(time.perf_counter() - t0)  # list.append is atomic under the GIL

    batcher = engine.embedder if isinstance(engine.embedder, BatchingEmbedder) else None
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for q in questions[: 2 * workers]:  # warm the threads
            pool.submit(one, q).result()
        latencies.clear()
        before = (batcher.inner_calls, batcher.texts) if batcher else (0, 0)
        m0, p0 = cpu_seconds()
        t0 = time.perf_counter()
        for f in [pool.submit(one, q) for q in questions]:
            f.result()
        wall = time.perf_counter() - t0
        m1, p1 = cpu_seconds()
    per_call = ((batcher.texts - before[1]) / max(1, batcher.inner_calls - before[0])) if batcher else 1.0
    return {"rate": len(questions) / wall, "p50": _pct(latencies, 50) * 1000, "p95": _pct(latencies, 95) * 1000,
            "per_call": per_call, "ours": (p1 - p0) / wall, "others": max(0.0, (m1 - m0) - (p1 - p0)) / wall}


def _split(answer) -> tuple[dict, list[float]]:
    """An answer's content, and its passages' scores apart (batching may move them in the sixth decimal)."""
    data = answer.model_dump()
    scores = [p.pop("score") for p in data["passages"]]
    return data, scores


def check(plain: Engine, batched: Engine, embedder: Embedder, questions: list[str]) -> str:
    """Batching changes no answer (4 threads) and batched vectors agree with one-by-one vectors."""
    expected = [_split(plain.answer(q)) for q in questions]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = [_split(a) for a in pool.map(batched.answer, questions)]
    differ = sum(a[0] != b[0] for a, b in zip(expected, got, strict=True))
    moved = [abs(x - y) for a, b in zip(expected, got, strict=True) if a[0] == b[0]
             for x, y in zip(a[1], b[1], strict=True)]
    alone = np.vstack([embedder.embed_batch([q]) for q in questions[:32]])
    together = embedder.embed_batch(questions[:32])
    cos = np.sum(alone * together, axis=1)
    return (f"check: {len(questions)} answers, {differ} differ with batching (passage scores moved by at most "
            f"{max(moved, default=0.0):.1e}); question vectors, a batch of 32 against one by one: cosine min "
            f"{cos.min():.6f}, max abs difference {np.abs(alone - together).max():.1e}")


def same_answers(reference: Engine, other: Engine, questions: list[str]) -> str:
    """Whether two engines on one store, with different question embedders, give the same answers."""
    pairs = [(_split(reference.answer(q)), _split(other.answer(q))) for q in questions]
    differ = sum(a[0] != b[0] for a, b in pairs)
    moved = [abs(x - y) for a, b in pairs if a[0] == b[0] for x, y in zip(a[1], b[1], strict=True)]
    return f"{len(questions)} answers, {differ} differ (passage scores moved by at most {max(moved, default=0.0):.1e})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=200, help="answers per configuration and round")
    parser.add_argument("--workers", default="1,2,4", help="comma-separated worker counts")
    parser.add_argument("--backend", choices=("torch", "onnx-int8", "onnx"),
                        default=os.environ.get("LESSONS_EMBEDDING_BACKEND", "torch"))
    parser.add_argument("--questions", default="torch,onnx",
                        help="comma-separated embedders for the questions (the first is the one others are checked "
                        "against; torch is today's, onnx the default question_backend's)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (median reported)")
    parser.add_argument("--window-ms", type=float, default=50.0,
                        help="longest a question waits for the answers under way (the bot's default: 50)")
    parser.add_argument("--torch-threads", type=int, default=None, help="torch.set_num_threads (default: torch's)")
    parser.add_argument("--switch-interval-ms", type=float, default=None,
                        help="sys.setswitchinterval, the GIL's hand-over interval (default: Python's, 5 ms)")
    parser.add_argument("--wait-quiet", type=float, default=0.0, metavar="S",
                        help="before each timed run, wait up to S seconds for other processes to use under a "
                        "tenth of a core (this machine is shared)")
    parser.add_argument("--store", type=Path, default=None, help="answer from this store instead of building one")
    args = parser.parse_args()
    os.environ["LESSONS_EMBEDDING_BACKEND"] = args.backend
    settings = Settings()
    if args.switch_interval_ms:
        sys.setswitchinterval(args.switch_interval_ms / 1000)
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    embedder = embedder_for(settings.embedding)
    workers = [int(w) for w in args.workers.split(",")]
    print(f"machine: {machine()}; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="lessons-throughput-") as tmp:
        store = args.store or build_dev_store(settings, Path(tmp), embedder)
        pool = [q["question"] for q in _questions(None)]
        engines: dict[tuple[str, bool], Engine] = {}
        reference = None
        for qb in args.questions.split(","):
            qemb = embedder if qb == args.backend else get_embedder(settings.embedding.model,
                                                                    settings.embedding.embed_batch_size, qb)
            plain = Engine(store, settings, qemb).load()
            batched = Engine(store, settings, qemb).load()
            if not batched.share_embedding(window_s=args.window_ms / 1000):  # as the bot does
                print(f"the engine does not batch {qb} questions (vectors depend on the batch): measured anyway")
                batched.close()
                batched = Engine(store, settings, BatchingEmbedder(qemb, window_s=args.window_ms / 1000)).load()
            print(f"{qb} questions: " + check(plain, batched, qemb, pool))
            if reference is None:
                reference = plain
            else:
                print(f"{qb} questions against {args.questions.split(',')[0]}: " + same_answers(reference, plain, pool))
            engines[(qb, False)], engines[(qb, True)] = plain, batched
        questions = list(islice(cycle(pool), args.answers))
        configs = [(qb, w, b) for qb in args.questions.split(",") for w in workers for b in (False, True)]
        results: dict[tuple[str, int, bool], list[dict[str, float]]] = {c: [] for c in configs}
        for r in range(args.rounds):
            for qb, w, b in configs[r % len(configs):] + configs[: r % len(configs)]:
                if args.wait_quiet:
                    wait_quiet(0.1, args.wait_quiet)
                results[(qb, w, b)].append(run(engines[(qb, b)], questions, w))
        threads = ""
        if "torch" in (args.backend, *args.questions.split(",")):
            import torch

            threads = f", torch {torch.get_num_threads()} threads"
        print(f"store {args.backend}{threads}; GIL switch interval {sys.getswitchinterval() * 1000:g} ms; "
              f"{args.answers} answers x {args.rounds} rounds; window {args.window_ms:g} ms; "
              f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        today = ("torch", 2, False)
        base = statistics.median(x["rate"] for x in results[today]) if today in results else None
        print(f"{'questions':>9} {'workers':>7} {'batching':>8} {'answers/s':>9} {'x today':>7} {'p50 ms':>7} "
              f"{'p95 ms':>7} {'texts/call':>10} {'our CPU':>7} {'others':>6}  rounds (answers/s; others' CPU)")
        for qb, w, b in configs:
            rs = sorted(results[(qb, w, b)], key=lambda x: x["rate"])
            mid = rs[len(rs) // 2]
            ratio = f"{mid['rate'] / base:.2f}" if base else "-"
            rounds = " ".join(f"{x['rate']:.0f} ({x['others']:.1f})" for x in rs)
            print(f"{qb:>9} {w:>7} {'on' if b else 'off':>8} {mid['rate']:>9.1f} {ratio:>7} {mid['p50']:>7.1f} "
                  f"{mid['p95']:>7.1f} {mid['per_call']:>10.2f} {mid['ours']:>7.2f} {mid['others']:>6.2f}  {rounds}")
        print("x today: against torch questions, 2 workers, no batching (the bot before issue 13)")
        for engine in engines.values():
            engine.close()


if __name__ == "__main__":
    main()
