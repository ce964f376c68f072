"""The practitioner questions over the bundled library (tests/data/library/questions.yaml: written before
the lesson cards were read, judged afterwards). The operating point's curve is in eval_curve.py.

Per question the set says which report it names (a catalogue id, "not-held: NAME", or nothing) and which
cards answer it (none: the library cannot answer). Measured, per split (tune / held / all):

* answered, answerable; abstained, unanswerable;
* first factor from the named report (answered questions that name a held report);
* an answering card among the first three factors / first (answered, answerable questions);
* reports not held: the answer is "not held" and names the report.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

import yaml

from .answer.engine import Engine
from .embed import Embedder
from .eval import checkout_file, splits_of
from .ingest import Progress
from .ingest.library import build_default_store
from .settings import Settings
from .types import Answer

_ANY_NAME = {"the", "a", "an", "it", "of", "and", "in", "on", "for", "to", "into", "report", "reports", "review",
             "reviews", "inquiry", "inquiries"}
LIBRARY_QUESTIONS = Path("tests") / "data" / "library" / "questions.yaml"


def library_questions() -> list[dict[str, Any]]:
    return yaml.safe_load(checkout_file(LIBRARY_QUESTIONS).read_text(encoding="utf-8"))


def library_engine(settings: Settings, embedder: Embedder, store: Path) -> Engine:
    build_default_store(store, settings, embedder, "eval")
    return Engine(store, settings)


def _cards_of(engine: Engine) -> dict[int, str]:
    out = {}
    for report in engine.store.reports():
        for p in engine.store.report_passages(report.report_id):
            if p.card is not None and p.passage_id is not None:
                out[p.passage_id] = p.card.card
    return out


def _record(q: dict[str, Any], a: Answer, card_of: dict[int, str]) -> dict[str, Any]:
    gold = set(q.get("gold_cards") or [])
    named = q.get("names_report") or None
    rec: dict[str, Any] = {"id": q["id"], "split": q.get("split", "tune"), "answerable": bool(gold),
                           "answered": a.answered}
    if named and named.startswith("not-held:"):
        # "(MacAlister, 2022)": MacAlister; "Sir Martin Narey's review": Narey
        # (not the words any message or report's name may hold: "The", "Report", "Inquiry" say nothing of which)
        named = named.removeprefix("not-held:")
        words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Z][\w'’-]+", named) if w.lower() not in _ANY_NAME]
        # ... and the words of a title in quotes ("'The voice of the child: ...'", asked without its publisher)
        # ... the words of its title ("'The voice of the child: ...'", "It was hard to escape - ...", asked without
        # the publisher), and a body's initials ("the Care Quality Commission's": CQC)
        words += re.findall(r"[a-z]{5,}", named.split(" (")[0].lower())
        words += ["".join(w[0] for w in run.split()) for run in re.findall(r"(?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+",
                                                                           named)]
        # as typed: "Hmic (2014)" says HMIC's report is not held; only the names the message gives are read
        said = re.search(r"do not include (.+?)(?:, so nothing| held here|\. )", a.message or "")
        rec["not_held_said"] = not a.answered and said is not None \
            and any(re.search(rf"\b{re.escape(w.lower())}", said[1].lower()) for w in words)
    elif named and a.answered:
        rec["first_from_named"] = a.factors[0].citations[0].report_id == named
    if gold and a.answered:
        cards = [{card_of.get(c.passage_id or -1) for c in f.citations} for f in a.factors]
        rec["card_in_first_three"] = any(c & gold for c in cards[:3])
        rec["card_first"] = bool(cards[0] & gold)
    return rec


def summarise(records: list[dict[str, Any]]) -> dict[str, Any]:
    def share(key: str) -> float | None:
        vals = [r[key] for r in records if key in r]
        return round(statistics.mean(vals), 3) if vals else None

    ans = [r for r in records if r["answerable"]]
    unans = [r for r in records if not r["answerable"]]
    return {
        "questions": len(records), "answerable": len(ans), "unanswerable": len(unans),
        "answered_answerable": round(sum(r["answered"] for r in ans) / len(ans), 3) if ans else None,
        "abstained_unanswerable": round(sum(not r["answered"] for r in unans) / len(unans), 3) if unans else None,
        "first_from_named": share("first_from_named"), "card_in_first_three": share("card_in_first_three"),
        "card_first": share("card_first"), "not_held_said": share("not_held_said"),
        "answered_unanswerable_ids": [r["id"] for r in unans if r["answered"]],
        "abstained_answerable_ids": [r["id"] for r in ans if not r["answered"]],
    }


def evaluate_library(settings: Settings, embedder: Embedder, store: Path,
                     progress: Progress | None = None) -> dict[str, Any]:
    questions = library_questions()
    engine = library_engine(settings, embedder, store)
    card_of = _cards_of(engine)
    records = []
    for n, q in enumerate(questions, start=1):
        records.append(_record(q, engine.answer(q["question"]), card_of))
        if progress:
            progress("library", n, len(questions))
    engine.close()
    return {split: summarise([r for r in records if split == "all" or r["split"] == split])
            for split in splits_of(records)}
