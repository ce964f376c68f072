"""``lessons eval --curve``: answered (answerable) against abstained (unanswerable) over a grid of support
settings, for each evaluation set and split, and the operating point a stated rule picks.

Report sentences and lesson cards have their own thresholds, because the issue's targets differ: on unseen
reports, abstain on at least 0.90 of the unanswerable questions; on the bundled library of cards, on at
least 0.80. The fictional set (full text only) chooses ``min_sentence_score`` and the library set (cards
only) ``min_card_score``.

The rule sees only the questions it may be chosen on: "seen", every split looked at in earlier rounds
(tune, held, fresh ... fresh59); the untouched split (``eval.UNTOUCHED``, fresh60), written before the choice,
says whether it transfers. The rule: for each blend of the support (weight, penalty, distinctness, and how far
below its threshold a list's best factor may be for the list to answer as a whole), each
set's threshold is the one answering most of its seen answerable questions while abstaining on at least
its target share of the seen unanswerable ones (ties: the higher abstention, then the lower threshold);
the blend chosen answers most on the two sets together (the sum of their answer rates)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

from .answer.engine import Engine, Support
from .embed import embedder_for
from .eval import SPLITS, UNTOUCHED, _questions, build_dev_store
from .eval_library import library_engine, library_questions
from .ingest import Progress
from .settings import Settings

# the answer settings swept: support's weight on coverage, the unknown-word penalty, the weight of the
# question's distinctness, and the thresholds
WEIGHTS = (0.45, 0.6, 0.7)
PENALTIES = (0.0, 0.15, 0.3, 0.5, 0.8)
DISTINCT = (0.0, 0.5, 1.0)
MARGINS = (1.0, 0.25, 0.2, 0.15, 0.1)  # how far below its threshold a list's best factor may be (1.0: any)
THRESHOLDS = tuple(round(0.20 + 0.01 * i, 2) for i in range(50))
TARGETS = {"fictional": 0.90, "library": 0.80}  # abstention on seen unanswerable questions, per set
BLEND = ("support_weight", "unknown_penalty", "distinct_weight", "list_margin")
MEASURED = BLEND[:3]  # the list margin needs no new measurement
Question = tuple[str, bool, str]  # text, answerable, split


def run_curve(settings: Settings, progress: Progress | None = None) -> list[dict[str, Any]]:
    embedder = embedder_for(settings.embedding)
    with tempfile.TemporaryDirectory(prefix="lessons-curve-") as tmp:
        dev = Engine(build_dev_store(settings, Path(tmp), embedder, progress), settings)
        lib = library_engine(settings, embedder, Path(tmp) / "library")
        sets = {"fictional": (dev, [(q["question"], bool(q.get("gold")), q.get("split", "tune"))
                                    for q in _questions(None)]),
                "library": (lib, [(q["question"], bool(q.get("gold_cards")), q.get("split", "tune"))
                                  for q in library_questions()])}
        rows = curve(sets, progress)
        dev.close()
        lib.close()
    return rows


def curve(sets: dict[str, tuple[Engine, list[Question]]], progress: Progress | None = None) -> list[dict[str, Any]]:
    """One row per blend and threshold: per set and split, the share of answerable questions answered and
    of unanswerable ones abstained on (the threshold applied to sentences and cards alike: each set holds
    one kind). Each question's support is measured once per blend."""
    rows: list[dict[str, Any]] = []
    blends = list(itertools.product(WEIGHTS, PENALTIES, DISTINCT))
    for n, blend in enumerate(blends, start=1):
        point = dict(zip(MEASURED, blend, strict=True))
        measured: dict[str, list[tuple[Support, bool, str]]] = {}
        for name, (engine, questions) in sets.items():
            engine.summariser.settings = engine.settings.answer.model_copy(update=point)
            measured[name] = [(engine.support(q), ok, split) for q, ok, split in questions]
            engine.summariser.settings = engine.settings.answer
        for margin, t in itertools.product(MARGINS, THRESHOLDS):
            row: dict[str, Any] = dict(point, list_margin=margin, threshold=t)
            for name, outcomes in measured.items():
                row[name] = _rates([(ok, s.answered(t, t, margin), split) for s, ok, split in outcomes])
            rows.append(row)
        if progress:
            progress("curve", n, len(blends))
    return rows


def _rates(outcomes: list[tuple[bool, bool, str]]) -> dict[str, list[float | None]]:
    """Split -> [answered, abstained], with "seen" for every split but the untouched one."""
    by: dict[str, list[tuple[bool, bool]]] = {}
    for ok, answered, split in outcomes:
        by.setdefault(split, []).append((ok, answered))
        if split != UNTOUCHED:
            by.setdefault("seen", []).append((ok, answered))
    out: dict[str, list[float | None]] = {}
    for split, pairs in by.items():
        ans = [a for ok, a in pairs if ok]
        unans = [a for ok, a in pairs if not ok]
        out[split] = [round(sum(ans) / len(ans), 3) if ans else None,
                      round(sum(not a for a in unans) / len(unans), 3) if unans else None]
    return out


def _best_threshold(rows: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    ok = [r for r in rows if (r[name]["seen"][1] or 0) >= TARGETS[name]]
    return max(ok, key=lambda r: (r[name]["seen"][0] or 0, r[name]["seen"][1], -r["threshold"]), default=None)


def choose(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The operating point by the rule in the module docstring: the blend, and each set's threshold."""
    best: tuple[tuple[float, float], dict[str, Any]] | None = None
    for blend in {tuple(r[k] for k in BLEND) for r in rows}:
        mine = [r for r in rows if tuple(r[k] for k in BLEND) == blend]
        text, card = _best_threshold(mine, "fictional"), _best_threshold(mine, "library")
        if text is None or card is None:
            continue
        key = (text["fictional"]["seen"][0] + card["library"]["seen"][0],
               text["fictional"]["seen"][1] + card["library"]["seen"][1])
        if best is None or key > best[0]:
            best = key, dict(zip(BLEND, blend, strict=True), min_sentence_score=text["threshold"],
                             min_card_score=card["threshold"], fictional=text["fictional"], library=card["library"])
    return best[1] if best else None


def format_curve(rows: list[dict[str, Any]]) -> str:
    splits = [s for s in ("seen", *SPLITS) if s in rows[0]["fictional"]]
    head = (f"{'set':<9} {'weight':>6} {'penalty':>7} {'distinct':>8} {'margin':>6} {'thresh':>6} | "
            + " | ".join(f"{s + ' ans':>11} {s + ' abst':>11}" for s in splits))
    out = [head, "-" * len(head)]

    def cells(figures: dict[str, list[float | None]]) -> str:
        return " | ".join(" ".join(f"{v:>11.3f}" if v is not None else f"{'-':>11}"
                                   for v in figures.get(s, (None, None))) for s in splits)

    for r in rows:
        for name in ("fictional", "library"):
            out.append(f"{name:<9} {r['support_weight']:>6.2f} {r['unknown_penalty']:>7.2f} "
                       f"{r['distinct_weight']:>8.2f} {r['list_margin']:>6.2f} {r['threshold']:>6.2f} | "
                       f"{cells(r[name])}")
    best = choose(rows)
    if best is not None:
        chosen = ", ".join(f"{k} {best[k]}" for k in (*BLEND, "min_sentence_score", "min_card_score"))
        out += ["", f"chosen on the seen questions (every split but {UNTOUCHED}): {chosen}",
                f"  fictional at min_sentence_score: {cells(best['fictional'])}",
                f"  library at min_card_score:       {cells(best['library'])}"]
    return "\n".join(out)
