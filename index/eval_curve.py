"""``lessons eval --curve``: answered (answerable) against abstained (unanswerable) over a grid of support
settings, for both evaluation sets, per split. The operating point is chosen on the tune half only; the
held-out half says whether it transfers."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from .answer.engine import Engine
from .embed import get_embedder
from .eval import _questions, build_dev_store
from .eval_library import curve, library_engine, library_questions
from .ingest import Progress
from .settings import Settings

WEIGHTS = [0.0, 0.3, 0.45, 0.6]
THRESHOLDS = [0.20, 0.22, 0.25, 0.28, 0.30, 0.33, 0.35, 0.38, 0.41, 0.44]
PENALTIES = (0.0, 0.3)


def run_curve(settings: Settings, progress: Progress | None = None) -> list[dict[str, Any]]:
    embedder = get_embedder(settings.embedding.model, settings.embedding.embed_batch_size)
    with tempfile.TemporaryDirectory(prefix="lessons-curve-") as tmp:
        dev = Engine(build_dev_store(settings, Path(tmp), embedder, progress), settings, embedder)
        lib = library_engine(settings, embedder, Path(tmp) / "library")
        sets = [(dev, [(q["question"], bool(q.get("gold")), q.get("split", "tune")) for q in _questions(None)]),
                (lib, [(q["question"], bool(q.get("gold_cards")), q.get("split", "tune"))
                       for q in library_questions()])]
        rows = curve(sets, WEIGHTS, THRESHOLDS, progress, PENALTIES)
        dev.close()
        lib.close()
    return rows


def format_curve(rows: list[dict[str, Any]]) -> str:
    head = (f"{'penalty':>7} {'weight':>7} {'thresh':>7} | {'tune answered':>13} {'tune abstained':>14} | "
            f"{'held answered':>13} {'held abstained':>14}")
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(f"{r['unknown_penalty']:>7.2f} {r['support_weight']:>7.2f} {r['min_sentence_score']:>7.2f} | "
                   f"{r['tune_answered']:>13.3f} "
                   f"{r['tune_abstained']:>14.3f} | {r['held_answered']:>13.3f} {r['held_abstained']:>14.3f}")
    return "\n".join(out)
