"""BM25 top-k at scale: bm25s's ``retrieve`` against the store's ``SparseIndex.search`` (top k chosen among
the non-zero scores only) on N synthetic passages of 60 words drawn from this repository's own docs.

    .venv/bin/python benchmarks/bench_bm25.py --passages 200000
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

QUESTIONS = ["why did the problems persist", "information sharing between agencies",
             "what do the reviews say about supervision of staff", "missing episodes and exploitation"]


def main() -> None:
    from inquiry_lessons.index.store import sparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=200_000)
    ap.add_argument("--k", type=int, default=200, help="candidates asked for (the engine asks for about this)")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    root = Path(__file__).resolve().parent.parent
    words = (root / "README.md").read_text().split() + (root / "BENCHMARKS.md").read_text().split()
    rng = random.Random(0)
    texts = [" ".join(rng.choices(words, k=60)) for _ in range(args.passages)]
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        sparse.build(Path(tmp), list(range(args.passages)), texts)
        index = sparse.SparseIndex(Path(tmp))
        print(f"{args.passages} passages indexed in {time.perf_counter() - t0:.1f} s")
        print("| question | non-zero scores | bm25s retrieve (ms) | SparseIndex.search (ms) | same scores in order |")
        print("| --- | --- | --- | --- | --- |")
        for q in QUESTIONS:
            tokens = [t for t in sparse.tokenize([q])[0] if t in index.segments[0].bm25.vocab_dict]
            a, b = [], []
            for _ in range(args.repeat):
                t1 = time.perf_counter()
                _, scores = index.segments[0].bm25.retrieve([tokens], k=args.k, show_progress=False, n_threads=1)
                a.append(time.perf_counter() - t1)
                t1 = time.perf_counter()
                got = index.search(q, args.k)
                b.append(time.perf_counter() - t1)
            nonzero = int((index.segments[0].bm25.get_scores(tokens) > 0).sum())
            # the same scores in the same order; which of several tied passages fills the last place may differ
            same = [round(float(s), 4) for s in scores[0] if s > 0] == [round(sc, 4) for _, sc in got]
            print(f"| {q} | {nonzero} | {statistics.median(a) * 1000:.1f} | {statistics.median(b) * 1000:.1f} "
                  f"| {same} |")


if __name__ == "__main__":
    main()
