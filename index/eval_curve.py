"""``lessons eval --curve``: answered (answerable) against abstained (unanswerable) over a grid of support
settings, for both evaluation sets, per split. The operating point is chosen on the tune half only; the
held-out half says whether it transfers."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

from .answer.engine import Engine
from .embed import get_embedder
from .eval import _questions, build_dev_store
from .eval_library import curve, library_engine, library_questions
from .ingest import Progress
from .settings import Settings

# the answer settings swept: support's weight on coverage, the unknown-word penalty, the weight of the
# question's distinctness, and the support threshold
WEIGHTS = (0.6,)
PENALTIES = (0.0, 0.3)
DISTINCT = (0.0, 1.0)
THRESHOLDS = tuple(round(0.20 + 0.04 * i, 2) for i in range(10))
KEYS = ("support_weight", "unknown_penalty", "distinct_weight", "min_sentence_score")


def grid() -> list[dict[str, float]]:
    return [dict(zip(KEYS, point, strict=True))
            for point in itertools.product(WEIGHTS, PENALTIES, DISTINCT, THRESHOLDS)]


def run_curve(settings: Settings, progress: Progress | None = None) -> list[dict[str, Any]]:
    embedder = get_embedder(settings.embedding.model, settings.embedding.embed_batch_size)
    with tempfile.TemporaryDirectory(prefix="lessons-curve-") as tmp:
        dev = Engine(build_dev_store(settings, Path(tmp), embedder, progress), settings, embedder)
        lib = library_engine(settings, embedder, Path(tmp) / "library")
        sets = [(dev, [(q["question"], bool(q.get("gold")), q.get("split", "tune")) for q in _questions(None)]),
                (lib, [(q["question"], bool(q.get("gold_cards")), q.get("split", "tune"))
                       for q in library_questions()])]
        rows = curve(sets, grid(), progress)
        dev.close()
        lib.close()
    return rows


def format_curve(rows: list[dict[str, Any]]) -> str:
    head = (f"{'weight':>7} {'penalty':>7} {'distinct':>8} {'thresh':>7} | {'tune answered':>13} "
            f"{'tune abstained':>14} | {'held answered':>13} {'held abstained':>14}")
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(f"{r['support_weight']:>7.2f} {r['unknown_penalty']:>7.2f} {r['distinct_weight']:>8.2f} "
                   f"{r['min_sentence_score']:>7.2f} | {r['tune_answered']:>13.3f} {r['tune_abstained']:>14.3f} | "
                   f"{r['held_answered']:>13.3f} {r['held_abstained']:>14.3f}")
    return "\n".join(out)
