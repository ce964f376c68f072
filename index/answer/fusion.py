"""Pure ranking helpers: reciprocal rank fusion and per-report diversity."""

from __future__ import annotations

from collections.abc import Sequence


def rrf(rankings: Sequence[Sequence[tuple[int, float]]], k: int = 60,
        weights: Sequence[float] | None = None) -> list[tuple[int, float]]:
    """Fuse ranked (id, score) lists: score(id) = sum over lists of w / (k + rank), rank from 1."""
    weights = weights or [1.0] * len(rankings)
    fused: dict[int, float] = {}
    for ranking, w in zip(rankings, weights, strict=True):
        for rank, (pid, _) in enumerate(ranking, start=1):
            fused[pid] = fused.get(pid, 0.0) + w / (k + rank)
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def convex(dense: dict[int, float], sparse: Sequence[tuple[int, float]], alpha: float) -> list[tuple[int, float]]:
    """alpha * cosine + (1 - alpha) * BM25 scaled by the query's best BM25 score. ``dense`` must hold a
    cosine for every id in ``sparse``."""
    top = max((s for _, s in sparse), default=0.0) or 1.0
    bm = {pid: s / top for pid, s in sparse}
    ids = set(dense) | set(bm)
    fused = [(pid, alpha * dense[pid] + (1 - alpha) * bm.get(pid, 0.0)) for pid in ids]
    return sorted(fused, key=lambda kv: (-kv[1], kv[0]))


def diversify(ranked: Sequence[tuple[int, float]], report_of: dict[int, str], top_k: int,
              per_report_max: int) -> list[tuple[int, float]]:
    """Top K with at most ``per_report_max`` per report while other reports have candidates left;
    the remaining places are filled in rank order."""
    chosen: list[tuple[int, float]] = []
    counts: dict[str, int] = {}
    skipped: list[tuple[int, float]] = []
    for pid, score in ranked:
        if len(chosen) >= top_k:
            break
        rid = report_of.get(pid, "")
        if counts.get(rid, 0) >= per_report_max:
            skipped.append((pid, score))
            continue
        counts[rid] = counts.get(rid, 0) + 1
        chosen.append((pid, score))
    for item in skipped:
        if len(chosen) >= top_k:
            break
        chosen.append(item)
    order = {pid: i for i, (pid, _) in enumerate(ranked)}
    return sorted(chosen, key=lambda kv: order[kv[0]])
