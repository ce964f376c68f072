"""``lessons eval --curve``: answered (answerable) against abstained (unanswerable) over a grid of support
settings, for both evaluation sets together, per split, and the operating point a stated rule picks.

The rule sees only the questions it may be chosen on: "seen" (tune and held, both looked at in earlier
rounds); the fresh questions, written after that, say whether the choice transfers. The rule: the
highest answer rate on the seen questions among points abstaining on at least ``ABSTAIN_TARGET`` of the
seen unanswerable ones (ties: the higher abstention, then the lower threshold)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

from .answer.engine import Engine
from .embed import embedder_for
from .eval import _questions, build_dev_store
from .eval_library import curve, library_engine, library_questions
from .ingest import Progress
from .settings import Settings

# the answer settings swept: support's weight on coverage, the unknown-word penalty, the weight of the
# question's distinctness, and the support threshold
WEIGHTS = (0.45, 0.6)
PENALTIES = (0.0, 0.3)
DISTINCT = (0.0, 0.5, 1.0)
THRESHOLDS = tuple(round(0.20 + 0.03 * i, 2) for i in range(14))
ABSTAIN_TARGET = 0.90
KEYS = ("support_weight", "unknown_penalty", "distinct_weight", "min_sentence_score")


def grid() -> list[dict[str, float]]:
    return [dict(zip(KEYS, point, strict=True))
            for point in itertools.product(WEIGHTS, PENALTIES, DISTINCT, THRESHOLDS)]


def run_curve(settings: Settings, progress: Progress | None = None) -> list[dict[str, Any]]:
    embedder = embedder_for(settings.embedding)
    with tempfile.TemporaryDirectory(prefix="lessons-curve-") as tmp:
        dev = Engine(build_dev_store(settings, Path(tmp), embedder, progress), settings)
        lib = library_engine(settings, embedder, Path(tmp) / "library")
        sets = [(dev, [(q["question"], bool(q.get("gold")), q.get("split", "tune")) for q in _questions(None)]),
                (lib, [(q["question"], bool(q.get("gold_cards")), q.get("split", "tune"))
                       for q in library_questions()])]
        rows = curve(sets, grid(), progress)
        dev.close()
        lib.close()
    return rows


def choose(rows: list[dict[str, Any]], on: str = "seen") -> dict[str, Any] | None:
    """The operating point by the rule in the module docstring, looking only at the ``on`` columns."""
    ok = [r for r in rows if (r.get(f"{on}_abstained") or 0) >= ABSTAIN_TARGET]
    if not ok:
        return None
    return max(ok, key=lambda r: (r[f"{on}_answered"], r[f"{on}_abstained"], -r["min_sentence_score"]))


def format_curve(rows: list[dict[str, Any]]) -> str:
    splits = [s for s in ("seen", "tune", "held", "fresh", "fresh2", "fresh3") if f"{s}_answered" in rows[0]]
    head = (f"{'weight':>6} {'penalty':>7} {'distinct':>8} {'thresh':>6} | "
            + " | ".join(f"{s + ' ans':>10} {s + ' abst':>10}" for s in splits))
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(f"{r['support_weight']:>6.2f} {r['unknown_penalty']:>7.2f} {r['distinct_weight']:>8.2f} "
                   f"{r['min_sentence_score']:>6.2f} | "
                   + " | ".join(f"{r[f'{s}_answered']:>10.3f} {r[f'{s}_abstained']:>10.3f}" for s in splits))
    best = choose(rows)
    if best is not None:
        out += ["", "chosen on the seen questions (tune + held): " + ", ".join(f"{k} {best[k]}" for k in KEYS)]
    return "\n".join(out)
