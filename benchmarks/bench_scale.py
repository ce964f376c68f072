"""The store at scale: build a synthetic store of N passages through the store's own write path, then, in a
fresh process, open it and answer questions; optionally add one 60-page report to it.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_scale.py --passages 200000 --add-report

Prints build time (with the dense and keyword index shares), the store's size on disk, HNSW recall@10 against
exact search, open time, resident memory after loading (model and store), answer p50/p95 with a per-stage
breakdown (48 development questions x 3, store loaded), and the time to add a 60-page report (parse, embed,
write). The text is generated from the fictional development reviews' sentences (see scale_corpus.py).
LESSONS_EMBEDDING_BACKEND picks the embedder as everywhere else.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_corpus


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def disk_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs), q))


def _timed(spent: dict[str, float], name: str, fn):
    """``fn``, adding the time each call takes to ``spent[name]``."""
    def run(*a, **kw):
        t = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            spent[name] += time.perf_counter() - t
    return run


def build(args, settings, embedder, store: Path) -> dict:
    from inquiry_lessons.index.store import dense, generations, sparse, write_reports

    bank, bank_vecs = scale_corpus.sentence_bank(settings, embedder)
    t0 = time.perf_counter()
    items, vec_parts = [], []
    for item, vecs in scale_corpus.reports(args.passages, bank, bank_vecs):
        items.append(item)
        vec_parts.append(vecs)
    gen_s = time.perf_counter() - t0
    spent: dict[str, float] = defaultdict(float)
    timed = functools.partial(_timed, spent)
    dense_build, sparse_build = dense.build, sparse.build
    dense.build, sparse.build = timed("dense", dense_build), timed("keywords", sparse_build)
    t0 = time.perf_counter()
    try:
        manifest = write_reports(store, items, embedder.model_id, embedder.dim,
                                 exact_index_max=settings.store.exact_index_max)
    finally:
        dense.build, sparse.build = dense_build, sparse_build
    build_s = time.perf_counter() - t0
    del items
    gen = generations.live_generation(store)
    assert gen is not None
    out = {"passages": manifest["passages"], "reports": manifest["reports"], "units": manifest["units"],
           "index": manifest["index"], "bank_sentences": len(bank), "generate_s": round(gen_s, 1),
           "build_s": round(build_s, 1), "dense_build_s": round(spent["dense"], 1),
           "keyword_build_s": round(spent["keywords"], 1),
           "disk_mib": round(disk_mib(gen), 1),
           "disk_parts_mib": {f.name: round(disk_mib(f) if f.is_dir() else f.stat().st_size / 2**20, 1)
                              for f in gen.iterdir()}}
    out["recall_at_10"] = recall(store, np.vstack(vec_parts), embedder, args.recall_queries)
    return out


def recall(store: Path, vecs: np.ndarray, embedder, n_queries: int) -> dict | None:
    """Recall@10 against exact search over the float32 vectors (ids are 1..N in write order): of the HNSW
    index over 8-bit codes on its own, and of the store's dense search (which re-scores twice as many
    candidates from the database's vectors)."""
    from inquiry_lessons.index.eval import _questions
    from inquiry_lessons.index.store import Store, dense

    st = Store.open(store)
    index = st._load_dense()
    if not dense.is_hnsw(index):
        return None  # exact search: recall 1 by construction
    rng = np.random.default_rng(7)
    qs = [q["question"] for q in _questions(None)][:48]
    queries = np.asarray(embedder.embed_batch(qs), dtype=np.float32)
    picks = vecs[rng.choice(len(vecs), size=max(0, n_queries - len(qs)), replace=False)]
    noisy = picks + rng.normal(0, 0.03, picks.shape).astype(np.float32)
    queries = np.vstack([queries, noisy / np.linalg.norm(noisy, axis=1, keepdims=True)])
    raw = rescored = 0
    for q in queries:
        exact = set((np.argpartition(-(vecs @ q), 10)[:10] + 1).tolist())
        raw += len(exact & {i for i, _ in dense.search(index, q, 10)})
        rescored += len(exact & {i for i, _ in st.dense_search(q, 10)})
    st.close()
    n = 10 * len(queries)
    return {"queries": len(queries), "hnsw_index": round(raw / n, 4), "store_search": round(rescored / n, 4)}


def measure(store: Path, settings, repeat: int) -> dict:
    """In a fresh process: model load, store open, memory, and answers with where their time went."""
    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.embed import embedder_for
    from inquiry_lessons.index.eval import _questions
    from inquiry_lessons.index.store import Store

    t0 = time.perf_counter()
    alone = Store.open(store).load()  # the store alone: manifest, database, FAISS and keyword indexes
    store_open_s, rss_store = time.perf_counter() - t0, rss_mib()
    alone.close()
    del alone

    t0 = time.perf_counter()
    embedder = embedder_for(settings.embedding)
    embedder.embed_batch(["warm up"])
    model_s, rss_model = time.perf_counter() - t0, rss_mib()
    t0 = time.perf_counter()
    engine = Engine(store, settings, embedder).load()  # the store again, and the engine's own start-up
    open_s, rss_loaded = time.perf_counter() - t0, rss_mib()
    stages: dict[str, list[float]] = defaultdict(list)
    current: dict[str, float] = defaultdict(float)
    timed = functools.partial(_timed, current)
    st = engine.store
    st.dense_search = timed("dense", st.dense_search)
    st.sparse_search = timed("keywords", st.sparse_search)
    st.unit_vectors = timed("sentence vectors", st.unit_vectors)
    engine.summariser.stored_vectors = st.unit_vectors
    st.passages = timed("passage rows", st.passages)
    engine.scoper.scope = timed("scope", engine.scoper.scope)
    engine.retriever.embedder = engine.summariser.embedder = _TimedEmbedder(embedder, timed)
    qs = [q["question"] for q in _questions(None)][:48]
    first = []
    for q in qs[:3]:  # not in the percentiles; shown apart (slow on a cold page cache)
        t = time.perf_counter()
        engine.answer(q)
        first.append(round((time.perf_counter() - t) * 1000, 1))
    times = []
    for _ in range(repeat):
        for q in qs:
            current.clear()
            t = time.perf_counter()
            engine.answer(q)
            times.append(time.perf_counter() - t)
            for name in ("scope", "embed", "dense", "keywords", "passage rows", "sentence vectors"):
                stages[name].append(current.get(name, 0.0))
            stages["rest"].append(times[-1] - sum(current.values()))
    return {"store_open_s": round(store_open_s, 2), "rss_store_only_mib": round(rss_store),
            "model_load_s": round(model_s, 2), "engine_open_s": round(open_s, 2), "rss_model_mib": round(rss_model),
            "rss_loaded_mib": round(rss_loaded), "rss_after_answers_mib": round(rss_mib()),
            "first_answers_ms": first,
            "answers": len(times), "p50_ms": round(pct(times, 50) * 1000, 1), "p95_ms": round(pct(times, 95) * 1000, 1),
            "stage_mean_ms": {k: round(statistics.mean(v) * 1000, 2) for k, v in stages.items()}}


def evict(store: Path) -> int:
    """Drop a store's files from the page cache (``posix_fadvise(DONTNEED)``; no root needed for clean pages).
    Returns the bytes asked for."""
    total = 0
    for path in store.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                size = os.fstat(fd).st_size
                os.posix_fadvise(fd, 0, size, os.POSIX_FADV_DONTNEED)
                total += size
            finally:
                os.close(fd)
    return total


class _TimedEmbedder:
    def __init__(self, inner, timed) -> None:
        self.inner, self.model_id, self.dim = inner, inner.model_id, inner.dim
        self.embed_batch = timed("embed", inner.embed_batch)

    def embed(self, text: str) -> np.ndarray:
        return self.embed_batch([text])[0]


def add_report(store: Path, settings, embedder, workdir: Path) -> dict:
    """Add one fictional 60-page PDF to the store through ``lessons ingest``'s own path."""
    from inquiry_lessons.index.ingest import ingest

    bank, _ = scale_corpus.sentence_bank(settings, _NoEmbed(embedder.dim))
    pdf = scale_corpus.sixty_page_pdf(workdir / "sixty-pages.pdf", bank)
    marks: list[tuple[str, float]] = []

    def progress(stage: str, done: int, total: int) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter()))

    t0 = time.perf_counter()
    result = ingest([pdf], store, settings, embedder, progress=progress)
    total = time.perf_counter() - t0
    assert not result.failures, result.failures
    edges = [t0, *(t for _, t in marks[1:]), t0 + total]
    stages = {name: round(b - a, 1) for (name, _), a, b in zip(marks, edges, edges[1:], strict=False)}
    manifest = json.loads((store / (store / "CURRENT").read_text().strip() / "manifest.json").read_text())
    return {"pages": result.pages, "passages": result.passages, "total_s": round(total, 1), "stages_s": stages,
            "segments": len(manifest.get("segments", [])), "store_passages": manifest["passages"]}


class _NoEmbed:
    model_id = "none"

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), self.dim), dtype=np.float32)


def main() -> None:
    from inquiry_lessons.index.embed import embedder_for
    from inquiry_lessons.index.eval import machine
    from inquiry_lessons.index.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the 48 questions")
    ap.add_argument("--recall-queries", type=int, default=200)
    ap.add_argument("--add-report", action="store_true", help="then add a 60-page report and time it")
    ap.add_argument("--keep", type=Path, help="build the store here and keep it (default: a temporary directory)")
    ap.add_argument("--measure", type=Path, metavar="STORE",
                    help="only measure a kept store, in this process (the fresh process's part of a build)")
    ap.add_argument("--cold", action="store_true",
                    help="with --measure: first drop the store's files from the page cache (a machine just started)")
    args = ap.parse_args()
    settings = Settings()
    if args.measure:
        dropped = evict(args.measure) if args.cold else 0
        print(json.dumps({"evicted_mib": round(dropped / 2**20), **measure(args.measure, settings, args.repeat)}))
        return
    embedder = embedder_for(settings.embedding)
    with tempfile.TemporaryDirectory(prefix="lessons-scale-") as tmp:
        store = args.keep or Path(tmp) / "store"
        out = {"machine": machine(), "backend": settings.embedding.backend, **build(args, settings, embedder, store)}
        run = subprocess.run([sys.executable, __file__, "--measure", str(store), "--repeat", str(args.repeat)],
                             capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"}, check=True)
        out["query"] = json.loads(run.stdout.strip().splitlines()[-1])
        if args.add_report:
            out["add_60_pages"] = add_report(store, settings, embedder, Path(tmp))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
