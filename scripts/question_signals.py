"""Signals for paraphrased questions that read neither length nor names, measured and not adopted (BENCHMARKS.md,
twenty-seventh round).

For every development question that reaches the factor scorer: the engine's support; the best passage and sentence
cosines; ``agree10``, the share of the dense top 10 that BM25's top 10 also holds in the question's scope;
``d1_in_sparse``, the reciprocal rank in BM25's list of the dense first; ``u_distinct``, the best sentence above the
mean of those ranked 11-60; ``csls``, the best of the five best sentences after a hubness correction (cross-domain
similarity local scaling: twice the cosine, minus the sentence's mean cosine to its 10 nearest passages, minus the
question's to its 10 nearest); and ``r_q``, that last term alone. Printed as the area under the ROC curve
(answerable against unanswerable) on the seen splits and on the newest, with the gate fixed before fresh30 was read.

    .venv/bin/python scripts/question_signals.py DEV_STORE [NEWEST_SPLIT] [OUT.json]

DEV_STORE is a store built by ``index.eval.build_dev_store``. Needs the ``dev`` extra (scikit-learn). About a minute.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

# fitted on every split up to fresh29 on 2026-12-05, before fresh30 was read (BENCHMARKS.md, twenty-seventh round)
GATE = {"r_q": (0.518, 0.073, 0.579), "agree10": (0.282, 0.218, 0.144)}  # mean, standard deviation, coefficient
FEATURES = ["sup", "dense1", "distinct", "u1", "u_distinct", "csls", "r_q", "agree10", "agree3", "d1_in_sparse",
            "gate", "qlen"]


def signals(store: Path) -> list[dict[str, Any]]:
    from inquiry_lessons.index.answer.engine import Answer, Engine
    from inquiry_lessons.index.eval import _questions

    engine = Engine(store)
    st = engine.store
    rows = []
    for q in _questions(None):
        row: dict[str, Any] = {"id": q["id"], "split": q.get("split", "tune"), "kind": q["kind"],
                               "ok": bool(q.get("gold")), "qlen": len(q["question"].split())}
        found = engine._search(q["question"], None, None)
        if isinstance(found, Answer):  # turned away before any search: a report not held, an empty question
            continue
        qv, scope = found.retrieval.query_vector, found.report_ids
        dense = st.dense_search(qv, 100, scope)
        sparse = st.sparse_search(engine.scoper.scope(q["question"]).query, 100, scope)
        if scope:
            owner = st.report_ids_of([p for p, _ in dense + sparse])
            dense = [(p, c) for p, c in dense if owner.get(p) in scope]
            sparse = [(p, c) for p, c in sparse if owner.get(p) in scope]
        d10, s10 = [p for p, _ in dense[:10]], [p for p, _ in sparse[:10]]
        if not d10:
            continue
        rank = {p: i for i, (p, _) in enumerate(sparse)}
        row.update(agree10=len(set(d10) & set(s10)) / 10, agree3=len(set(d10[:3]) & set(s10[:3])) / 3,
                   d1_in_sparse=1 / (1 + rank.get(d10[0], 100)), dense1=dense[0][1], distinct=found.retrieval.distinct)
        units = st.unit_vectors([p for p, _ in dense[:30]])
        vectors = [v for p, _ in dense[:30] if p in units for v in units[p]]
        if not vectors:
            continue
        cos = np.array([float(v @ qv) for v in vectors])
        order = np.argsort(-cos)
        r_q = float(np.mean([c for _, c in st.dense_search(qv, 10)]))
        hub = [2 * cos[i] - float(np.mean([c for _, c in st.dense_search(vectors[i] / np.linalg.norm(vectors[i]),
                                                                          11)[1:]])) for i in order[:5]]
        row.update(u1=float(cos[order[0]]), u_distinct=float(cos[order[0]] - cos[order[10:60]].mean())
                   if len(cos) > 20 else 0.0, csls=max(hub) - r_q, r_q=r_q)
        row["gate"] = sum(c * (row[f] - m) / s for f, (m, s, c) in GATE.items())
        scored = engine.summariser.scored(*found.scoring())
        if scored:
            row["sup"] = max(u.support for u in scored[0])
            rows.append(row)
    return rows


def auc(rows: list[dict[str, Any]], feature: str) -> float:
    from sklearn.metrics import roc_auc_score

    y = [r["ok"] for r in rows]
    return float(roc_auc_score(y, [r[feature] for r in rows])) if 0 < sum(y) < len(y) else math.nan


def main() -> None:
    store = Path(sys.argv[1])
    newest = sys.argv[2] if len(sys.argv) > 2 else "fresh30"
    rows = signals(store)
    if len(sys.argv) > 3:
        Path(sys.argv[3]).write_text(json.dumps(rows), encoding="utf-8")
    plain = ("single", "cross", "unanswerable")
    groups = {"seen": [r for r in rows if r["split"] != newest],
              "seen: singles, crosses": [r for r in rows if r["split"] != newest and r["kind"] in plain],
              newest: [r for r in rows if r["split"] == newest],
              f"{newest}: singles, crosses": [r for r in rows if r["split"] == newest and r["kind"] in plain]}
    print("| feature | " + " | ".join(groups) + " |")
    print("| --- |" + " --- |" * len(groups))
    print("| questions (answerable / not) | " + " | ".join(
        f"{sum(r['ok'] for r in g)} / {sum(not r['ok'] for r in g)}" for g in groups.values()) + " |")
    for f in FEATURES:
        print(f"| {f} | " + " | ".join(f"{auc(g, f):.3f}" for g in groups.values()) + " |")


if __name__ == "__main__":
    main()
