"""``lessons eval`` and ``lessons bench``: answer quality and speed on the fictional development set."""

from __future__ import annotations

import functools
import importlib.util
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from .answer.engine import Engine
from .answer.retrieve import Mode
from .errors import LessonsError
from .ingest import Progress, ingest, prepare
from .settings import Settings

MODES: tuple[Mode, ...] = ("dense", "sparse", "hybrid")


DEV_SUPPORT = Path("tests") / "support"  # the fictional set's generator: a package of the source checkout


def checkout_file(relative: Path) -> Path:
    """A file or folder of the source checkout (the evaluation sets are not installed with the package):
    beside an editable install's root, else in the working directory."""
    import inquiry_lessons

    for root in (Path(inquiry_lessons.__file__).parent, Path.cwd()):
        if (root / relative).exists():
            return root / relative
    raise LessonsError(f"the development set is not installed: run this from the source checkout "
                       f"(it reads {relative})")


@functools.cache
def devset() -> ModuleType:
    """The fictional development set's generator, ``tests/support/devset.py``, imported as a module of its
    folder (loaded as a package by path). It renders PDFs with reportlab from the ``dev`` extra."""
    try:
        import reportlab  # noqa: F401
    except ImportError:
        raise LessonsError("the development set needs the dev extra: pip install 'inquiry-lessons[dev]'") from None
    folder = checkout_file(DEV_SUPPORT / "devset.py").parent
    spec = importlib.util.spec_from_file_location("inquiry_lessons_devset", folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = package  # dataclasses look their module up while it is being run
    spec.loader.exec_module(package)
    return importlib.import_module(f"{spec.name}.devset")


def _questions(devset_file: Path | None) -> list[dict[str, Any]]:
    if devset_file is not None:
        return yaml.safe_load(devset_file.read_text(encoding="utf-8"))
    return devset().load_questions()


def _dev_files(workdir: Path) -> list[Path]:
    return devset().write_documents(workdir / "docs")


def build_dev_store(settings: Settings, workdir: Path, embedder, progress: Progress | None = None) -> Path:
    store = workdir / "store"
    result = ingest(_dev_files(workdir), store, settings, embedder, progress=progress)
    if result.failures:
        raise RuntimeError("; ".join(result.failures))
    return store


def same_content(store) -> dict[str, str]:
    """Report id -> canonical id, joining copies of one report in two formats (same title, same printed
    paragraphs), so that finding either copy of a paragraph counts once."""
    canon: dict[tuple, str] = {}
    out: dict[str, str] = {}
    for r in store.reports():
        paras = frozenset(store.paragraphs(r.report_id))
        key = (r.title.lower(), paras) if len(paras) >= 5 else (r.report_id,)
        out[r.report_id] = canon.setdefault(key, r.report_id)
    return out


def _refs(hits, canon: dict[str, str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for h in hits:
        ref = _ref(canon.get(h.passage.report_id, h.passage.report_id), h.passage.paragraph, h.passage.page)
        if ref not in out:
            out.append(ref)
    return out


def _ref(report_id: str, paragraph: object, page: object) -> tuple[str, str]:
    """A citable place: the printed paragraph, or for unnumbered text the page (as a citation gives it)."""
    return (report_id, str(paragraph) if paragraph is not None else f"page {page}")


def _gold(q: dict[str, Any], canon: dict[str, str]) -> set[tuple[str, str]]:
    return {_ref(canon.get(g["report_id"], g["report_id"]), g.get("paragraph"), g.get("page"))
            for g in q.get("gold") or []}


def _retrieval(engine: Engine, q: dict[str, Any], canon: dict[str, str], mode: Mode) -> tuple[float, float]:
    gold = _gold(q, canon)
    refs = _refs(engine.retrieve(q["question"], mode=mode, top_k=10), canon)
    recall = len(gold & set(refs[:5])) / min(5, len(gold))
    rank = next((i for i, r in enumerate(refs[:10], start=1) if r in gold), None)
    return recall, 1 / rank if rank else 0.0


def _record(engine: Engine, q: dict[str, Any], canon: dict[str, str],
            ranks: tuple[float, float] | None = None) -> dict[str, Any]:
    """One question's outcome: retrieval ranks, whether it was answered, and for factor-list questions
    the share of the gold list's items among the cited factors."""
    rec: dict[str, Any] = {"id": q["id"], "split": q.get("split", "tune"), "kind": q.get("kind", "single"),
                           "answerable": bool(q.get("gold"))}
    a = engine.answer(q["question"])
    rec["answered"] = a.answered
    if rec["answerable"]:
        rec["recall@5"], rec["mrr@10"] = ranks or _retrieval(engine, q, canon, "hybrid")
        cites = {_ref(canon.get(c.report_id, c.report_id), c.paragraph, c.page) for f in a.factors for c in f.citations}
        rec["cites_gold"] = bool(cites & _gold(q, canon))
        if q.get("gold_items"):
            text = " ".join(f.summary for f in a.factors)
            rec["coverage"] = sum(item in text for item in q["gold_items"]) / len(q["gold_items"])
    return rec


def summarise_records(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Means over the records of one split (or all)."""
    def mean(key: str, rows: list[dict[str, Any]]) -> float | None:
        vals = [r[key] for r in rows if key in r]
        return round(statistics.mean(vals), 3) if vals else None

    ans = [r for r in records if r["answerable"]]
    unans = [r for r in records if not r["answerable"]]
    factors = [r for r in ans if r["kind"] == "factors"]
    return {
        "questions": len(records), "answerable": len(ans), "unanswerable": len(unans),
        "recall@5": mean("recall@5", ans), "mrr@10": mean("mrr@10", ans),
        "factors_recall@5": mean("recall@5", factors), "factors_mrr@10": mean("mrr@10", factors),
        "factor_coverage": mean("coverage", factors),
        "answered_answerable": round(sum(r["answered"] for r in ans) / len(ans), 3) if ans else None,
        "abstained_unanswerable": round(sum(not r["answered"] for r in unans) / len(unans), 3) if unans else None,
        "answers_citing_gold": round(sum(r["cites_gold"] for r in ans) / len(ans), 3) if ans else None,
        "answered_unanswerable_ids": [r["id"] for r in unans if r["answered"]],
        "abstained_answerable_ids": [r["id"] for r in ans if not r["answered"]],
    }


# fresh*: each written after the settings of its day were chosen
SPLITS = ("tune", "held", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
          "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
          "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
          "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34",
          "fresh35", "fresh36", "fresh37", "fresh38", "fresh39",
          "fresh40", "fresh41", "fresh42", "fresh43", "fresh44",
          "fresh45", "fresh46", "fresh47", "fresh48", "fresh49",
          "fresh50", "fresh51", "fresh52", "fresh53",
          "fresh54", "fresh55", "fresh56", "fresh57", "fresh58",
          "fresh59", "fresh60")
UNTOUCHED = "fresh60"  # the split no setting has been chosen on; every other split is "seen" (eval_curve.py)


def splits_of(records: list[dict[str, Any]]) -> list[str]:
    """The splits the records use, in SPLITS order, then "all"."""
    return [s for s in SPLITS if any(r["split"] == s for r in records)] + ["all"]


def by_split(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {split: summarise_records([r for r in records if split == "all" or r["split"] == split])
            for split in splits_of(records)}


def evaluate(settings: Settings, store: Path | None = None, devset_file: Path | None = None,
             progress: Progress | None = None, library: bool = True) -> dict[str, Any]:
    """The fictional development set (retrieval by mode, answers by split) and, unless ``library`` is
    false, the practitioner questions over the bundled library (eval_library.py)."""
    from .embed import embedder_for

    embedder = embedder_for(settings.embedding)
    questions = _questions(devset_file)
    with tempfile.TemporaryDirectory(prefix="lessons-eval-") as tmp:
        if store is None:
            store = build_dev_store(settings, Path(tmp), embedder, progress)
        engine = Engine(store, settings)  # questions as users' are embedded (question_backend)
        canon = same_content(engine.store)
        answerable = [q for q in questions if q.get("gold")]
        result: dict[str, Any] = {"modes": {}}
        hybrid: dict[str, tuple[float, float]] = {}
        for mode in MODES:
            pairs = [_retrieval(engine, q, canon, mode) for q in answerable]
            result["modes"][mode] = {"recall@5": round(statistics.mean(p[0] for p in pairs), 3),
                                     "mrr@10": round(statistics.mean(p[1] for p in pairs), 3)}
            if mode == "hybrid":  # each question's ranks, kept for its record below
                hybrid = {q["id"]: p for q, p in zip(answerable, pairs, strict=True)}
        records = []
        for n, q in enumerate(questions, start=1):
            records.append(_record(engine, q, canon, hybrid.get(q["id"])))
            if progress:
                progress("answer", n, len(questions))
        result["fictional"] = by_split(records)
        checked = engine.citations_checked
        result["citations"] = checked
        result["citation_validity"] = round(1 - engine.citations_dropped / checked, 4) if checked else 1.0
        result["hybrid_misses"] = [r["id"] for r in records if r["answerable"] and not r["recall@5"]]
        engine.close()
        if library:
            from .eval_library import evaluate_library

            result["library"] = evaluate_library(settings, embedder, Path(tmp) / "library", progress)
    return result


def format_report(r: dict[str, Any]) -> str:
    f = r["fictional"]["all"]
    lines = [f"Fictional development set: {f['questions']} questions ({f['answerable']} answerable, "
             f"{f['unanswerable']} unanswerable)", "", f"{'retrieval':<10} {'recall@5':>9} {'MRR@10':>8}"]
    for mode, label in (("dense", "dense"), ("sparse", "BM25"), ("hybrid", "hybrid")):
        m = r["modes"][mode]
        lines.append(f"{label:<10} {m['recall@5']:>9.3f} {m['mrr@10']:>8.3f}")
    lines += ["", f"citation validity {r['citation_validity']:.3f} ({r['citations']} citations checked)", "",
              _table(r["fictional"], FICTIONAL_ROWS)]
    if r.get("library"):
        lines += ["", f"Library practitioner questions: {r['library']['all']['questions']}", "",
                  _table(r["library"], LIBRARY_ROWS)]
    for name in ("fictional", "library"):
        for key, label in (("answered_unanswerable_ids", "answered although unanswerable"),
                           ("abstained_answerable_ids", "abstained although answerable")):
            ids = (r.get(name) or {}).get("all", {}).get(key)
            if ids:
                lines.append(f"{name}, {label}: {', '.join(ids)}")
    return "\n".join(lines)


FICTIONAL_ROWS = [
    ("recall@5", "recall@5 (hybrid)"), ("mrr@10", "MRR@10"), ("factors_recall@5", "factor lists: recall@5"),
    ("factors_mrr@10", "factor lists: MRR@10"), ("factor_coverage", "factor coverage"),
    ("answered_answerable", "answered, answerable"), ("abstained_unanswerable", "abstained, unanswerable"),
    ("answers_citing_gold", "answers citing a gold paragraph"),
]
LIBRARY_ROWS = [("answered_answerable", "answered, answerable"), ("abstained_unanswerable", "abstained, unanswerable"),
                ("first_from_named", "first factor from the named report"),
                ("card_in_first_three", "an answering card in the first three"),
                ("card_first", "an answering card first"), ("not_held_said", "reports not held: said so")]


def _table(splits: dict[str, Any], rows: list[tuple[str, str]]) -> str:
    out = [f"{'':<40} " + " ".join(f"{s:>6}" for s in splits)]
    for key, label in rows:
        cells = [splits[s].get(key) for s in splits]
        out.append(f"{label:<40} " + " ".join(f"{c:>6.3f}" if isinstance(c, float | int) else f"{'-':>6}"
                                               for c in cells))
    return "\n".join(out)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}"


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def benchmark(settings: Settings, queries: int = 60) -> dict[str, Any]:
    from .embed import embedder_for, question_embedder_for

    t0 = time.perf_counter()
    embedder = embedder_for(settings.embedding)
    question_embedder_for(settings.embedding)  # loaded here, so that the store's open time is the store's
    model_load = time.perf_counter() - t0
    out: dict[str, Any] = {"machine": machine(), "model_load_s": round(model_load, 2)}
    with tempfile.TemporaryDirectory(prefix="lessons-bench-") as tmp:
        files = _dev_files(Path(tmp))
        t0 = time.perf_counter()
        prepared = [prepare(f, settings) for f in files]
        parse_s = time.perf_counter() - t0
        pages = sum(p.report.pages or 0 for p in prepared)
        pdf_pages = sum(p.report.pages or 0 for p in prepared if p.path.suffix == ".pdf")
        pdf_s = 0.0
        for f in files:
            if f.suffix == ".pdf":
                t1 = time.perf_counter()
                prepare(f, settings)
                pdf_s += time.perf_counter() - t1
        n_passages = sum(len(p.passages) for p in prepared)
        t0 = time.perf_counter()
        result = ingest(files, Path(tmp) / "store", settings, embedder)
        ingest_s = time.perf_counter() - t0
        out["ingest"] = {
            "files": len(files), "pages": pages, "passages": n_passages,
            "parse_s": round(parse_s, 2), "total_s": round(ingest_s, 2),
            "pdf_pages_per_s": round(pdf_pages / pdf_s, 1) if pdf_s else None,
            "pages_per_s": round(pages / ingest_s, 1), "passages_per_s": round(result.passages / ingest_s, 1),
        }
        t0 = time.perf_counter()
        engine = Engine(Path(tmp) / "store", settings).load()
        out["store_open_s"] = round(time.perf_counter() - t0, 3)
        qs = [q["question"] for q in _questions(None)]
        for q in qs[:3]:
            engine.answer(q)
        times = []
        for i in range(queries):
            t1 = time.perf_counter()
            engine.answer(qs[i % len(qs)])
            times.append(time.perf_counter() - t1)
        out["query"] = {"n": queries, "p50_ms": round(_pct(times, 50) * 1000, 1),
                        "p95_ms": round(_pct(times, 95) * 1000, 1), "max_ms": round(max(times) * 1000, 1)}
        out["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)
        engine.close()
    return out


def format_bench(b: dict[str, Any]) -> str:
    i, q = b["ingest"], b["query"]
    return "\n".join([
        f"machine: {b['machine']}",
        f"model load: {b['model_load_s']} s; store open: {b['store_open_s']} s",
        f"ingest: {i['files']} files, {i['pages']} pages, {i['passages']} passages in {i['total_s']} s "
        f"({i['pages_per_s']} pages/s, {i['passages_per_s']} passages/s; parsing alone {i['parse_s']} s, "
        f"PDF parsing {i['pdf_pages_per_s']} pages/s)",
        f"query (answer, store loaded, {q['n']} queries): p50 {q['p50_ms']} ms, p95 {q['p95_ms']} ms, "
        f"max {q['max_ms']} ms",
        f"peak RSS: {b['peak_rss_mib']:.0f} MiB",
    ])
