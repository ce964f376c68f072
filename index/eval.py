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


DEVSET_MODULE = Path("tests") / "support" / "devset.py"


@functools.cache
def devset() -> ModuleType:
    """The fictional development set's generator. It lives in the source checkout (tests/), not in the
    installed package, and renders PDFs with reportlab from the ``dev`` extra."""
    try:
        import reportlab  # noqa: F401
    except ImportError:
        raise LessonsError("the development set needs the dev extra: pip install 'inquiry-lessons[dev]'") from None
    import inquiry_lessons

    for root in (Path(inquiry_lessons.__file__).parent, Path.cwd()):  # an editable install, else the checkout
        path = root / DEVSET_MODULE
        if path.is_file():
            spec = importlib.util.spec_from_file_location("inquiry_lessons_devset", path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module  # dataclasses look their module up while it is being run
            spec.loader.exec_module(module)
            return module
    raise LessonsError(f"the development set is not installed: run this from the source checkout "
                       f"(it reads {DEVSET_MODULE})")


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


def _refs(hits, canon: dict[str, str]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for h in hits:
        ref = (canon.get(h.passage.report_id, h.passage.report_id), h.passage.paragraph)
        if ref not in out:
            out.append(ref)
    return out


def evaluate(settings: Settings, store: Path | None = None, devset_file: Path | None = None,
             progress: Progress | None = None) -> dict[str, Any]:
    from .embed import get_embedder

    embedder = get_embedder(settings.embedding.model, settings.embedding.embed_batch_size)
    questions = _questions(devset_file)
    with tempfile.TemporaryDirectory(prefix="lessons-eval-") as tmp:
        if store is None:
            store = build_dev_store(settings, Path(tmp), embedder, progress)
        engine = Engine(store, settings, embedder)
        answerable = [q for q in questions if q.get("gold")]
        unanswerable = [q for q in questions if not q.get("gold")]
        result: dict[str, Any] = {"questions": len(questions), "answerable": len(answerable),
                                  "unanswerable": len(unanswerable), "modes": {}}
        misses: list[str] = []
        canon = same_content(engine.store)
        for mode in MODES:
            recall, rr = [], []
            for q in answerable:
                gold = {(canon.get(g["report_id"], g["report_id"]), str(g["paragraph"])) for g in q["gold"]}
                refs = _refs(engine.retrieve(q["question"], mode=mode, top_k=10), canon)
                top5 = set(refs[:5])
                recall.append(len(gold & top5) / min(5, len(gold)))
                rank = next((i for i, r in enumerate(refs[:10], start=1) if r in gold), None)
                rr.append(1 / rank if rank else 0.0)
                if mode == "hybrid" and not gold & top5:
                    misses.append(q["id"])
            result["modes"][mode] = {"recall@5": round(statistics.mean(recall), 3),
                                     "mrr@10": round(statistics.mean(rr), 3)}
        result["hybrid_misses"] = misses
        abstained_unans = abstained_ans = cited_gold = 0
        misses_answer: list[str] = []
        answered_unans: list[str] = []
        for n, q in enumerate(questions, start=1):
            a = engine.answer(q["question"])
            if q.get("gold"):
                gold = {(canon.get(g["report_id"], g["report_id"]), str(g["paragraph"])) for g in q["gold"]}
                if not a.answered:
                    abstained_ans += 1
                    misses_answer.append(q["id"])
                cites = {(canon.get(c.report_id, c.report_id), c.paragraph) for f in a.factors
                         for c in f.citations}
                cited_gold += bool(cites & gold)
            elif not a.answered:
                abstained_unans += 1
            else:
                answered_unans.append(q["id"])
            if progress:
                progress("answer", n, len(questions))
        checked = engine.citations_checked
        result["citations"] = checked
        result["citation_validity"] = round(1 - engine.citations_dropped / checked, 4) if checked else 1.0
        result["abstention_unanswerable"] = round(abstained_unans / max(1, len(unanswerable)), 3)
        result["abstention_answerable"] = round(abstained_ans / max(1, len(answerable)), 3)
        result["answers_citing_gold"] = round(cited_gold / max(1, len(answerable)), 3)
        result["abstained_answerable_ids"] = misses_answer
        result["answered_unanswerable_ids"] = answered_unans
        engine.close()
    return result


def format_report(r: dict[str, Any]) -> str:
    lines = [f"Development set: {r['questions']} questions ({r['answerable']} answerable, "
             f"{r['unanswerable']} unanswerable)", "", f"{'retrieval':<10} {'recall@5':>9} {'MRR@10':>8}"]
    for mode, label in (("dense", "dense"), ("sparse", "BM25"), ("hybrid", "hybrid")):
        m = r["modes"][mode]
        lines.append(f"{label:<10} {m['recall@5']:>9.3f} {m['mrr@10']:>8.3f}")
    lines += [
        "",
        f"citation validity         {r['citation_validity']:.3f} ({r['citations']} citations checked)",
        f"abstained, unanswerable   {r['abstention_unanswerable']:.3f}  (higher is better)",
        f"abstained, answerable     {r['abstention_answerable']:.3f}  (lower is better)",
        f"answers citing a gold ¶   {r['answers_citing_gold']:.3f}",
    ]
    for key, label in (("hybrid_misses", "hybrid, no gold paragraph in top 5"),
                       ("abstained_answerable_ids", "abstained although answerable"),
                       ("answered_unanswerable_ids", "answered although unanswerable")):
        if r.get(key):
            lines.append(f"{label}: {', '.join(r[key])}")
    return "\n".join(lines)


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
    from .embed import get_embedder

    t0 = time.perf_counter()
    embedder = get_embedder(settings.embedding.model, settings.embedding.embed_batch_size)
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
        engine = Engine(Path(tmp) / "store", settings, embedder).load()
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
