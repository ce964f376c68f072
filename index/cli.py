"""The ``lessons`` command line: a thin layer over the library (typer)."""

from __future__ import annotations

import functools
import json
import logging
import sys
import unicodedata
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import LessonsError
from .settings import CliSettings, Settings, get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Cited lessons from safeguarding inquiry reports and serious case reviews.")
logger = logging.getLogger(__name__)

StoreOpt = Annotated[Path | None, typer.Option("--store", help="Store directory (default: LESSONS_STORE, "
                                                "else the default store built from the bundled content).")]


def configure_logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "urllib3", "sentence_transformers", "transformers", "faiss", "bm25s", "pdfminer"):
        logging.getLogger(noisy).setLevel(logging.WARNING if verbose else logging.ERROR)


def safe_line(text: str) -> str:
    """``text`` as one printable line: control and format characters (a newline in a file name, a
    terminal escape, a right-to-left override) and undecodable bytes are shown escaped, as Python would."""
    return "".join(ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                   if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch for ch in text)


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"lessons: {safe_line(message)}", err=True)
    return typer.Exit(code)


def friendly(fn):
    """Library errors become one line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LessonsError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted; the store is unchanged", 130) from None

    return wrapper


class Bar:
    """Progress on stderr for long work (rich); silent when stderr is not a terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(stderr=True)
        self.enabled = console.is_terminal
        self.progress = Progress(TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=True,
                                 disable=not self.enabled)
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> Bar:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.__exit__(*exc)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


def _embedder(settings: Settings):
    from .embed import LazyEmbedder

    return LazyEmbedder(settings.embedding.model, settings.embedding.embed_batch_size, settings.embedding.backend)


def resolve_store(store: Path | None, settings: Settings) -> Path:
    if store is not None:
        return store
    if settings.store.path is not None:
        return settings.store.path
    from .ingest.library import ensure_default_store

    with Bar() as bar:
        return ensure_default_store(settings, lambda: _embedder(settings), progress=bar)


def open_engine(store: Path | None, settings: Settings):
    from .answer.engine import Engine

    return Engine(resolve_store(store, settings), settings)


@app.command()
@friendly
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Report files (PDF, DOCX, HTML, Markdown, text, or a tracker's CSV/TSV), or folders of them.")],
    store: StoreOpt = None,
    title: Annotated[str | None, typer.Option(help="Report title.")] = None,
    short_name: Annotated[str | None, typer.Option("--short-name", help="Short name used in citations.")] = None,
    year: Annotated[int | None, typer.Option(help="Year of publication.")] = None,
    url: Annotated[str | None, typer.Option(help="Where the report is published.")] = None,
    report_id: Annotated[str | None, typer.Option("--report-id", help="Stable id; re-ingesting replaces.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="With a folder: files parsed at once, "
                                      "each in a worker process of its own. Parsing overlaps embedding even at "
                                      "1; more helps when parsing (OCR) is the slower part.")] = 1,
) -> None:
    """Add reports to a store (or replace them: same report id).

    Files only: all or none; on any error the store is left exactly as it was.

    With a folder (walked recursively; hidden files and FILE.meta.yaml sidecars skipped), bulk mode:
    reports are written in batches of 20 files or 5,000 passages (LESSONS_BULK_BATCH_FILES,
    LESSONS_BULK_BATCH_PASSAGES), a bad file is listed at the end (exit
    status 1) while the others go in, and a file unchanged since it was ingested (same sha256, and same
    sidecar) is skipped, so after an interruption the same command carries on where it stopped.

    Metadata comes from the flags (one file only), else from a sidecar FILE.meta.yaml, else from the file.
    """
    from .cli_ingest import ingest_bulk, ingest_files

    settings = get_settings()
    overrides = {"title": title, "short_name": short_name, "year": year, "url": url, "report_id": report_id}
    bulk = any(p.is_dir() for p in paths)
    if (len(paths) > 1 or bulk) and any(v is not None for v in overrides.values()):
        raise fail("--title, --short-name, --year, --url and --report-id apply to one file at a time")
    target = resolve_store(store, settings)
    if bulk:
        ingest_bulk(paths, target, settings, _embedder(settings), jobs)
    else:
        ingest_files(paths, target, settings, _embedder(settings), overrides)


@app.command()
@friendly
def ask(
    question: Annotated[str, typer.Argument(help="The question, or '-' to read one question per line from stdin.")],
    store: StoreOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    top: Annotated[int | None, typer.Option("--top", min=1, max=50, help="Passages to retrieve.")] = None,
) -> None:
    """Answer a question with a cited factor summary."""
    from .answer.text import answer_text

    settings = get_settings()
    engine = open_engine(store, settings)
    if question == "-":
        for line in sys.stdin:
            answer = engine.answer(line.rstrip("\n"), top_k=top)
            sys.stdout.write(json.dumps(answer.to_json_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    answer = engine.answer(question, top_k=top)
    if as_json:
        typer.echo(json.dumps(answer.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        labels = {t.id: t.label for t in engine.summariser.themes}
        typer.echo(answer_text(answer, labels))


@app.command()
@friendly
def sources(
    store: StoreOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the reports in a store."""
    from .store import Store

    settings = get_settings()
    st = Store.open(resolve_store(store, settings))
    text_counts = st.passage_counts("report")
    card_counts = st.passage_counts("summary")
    evidence: dict[str, dict[str, int]] = {}
    verified: dict[str, int] = {}
    for r in st.reports():
        for p in st.report_passages(r.report_id):
            if p.source_kind == "summary":
                kind = (p.card.source_type if p.card else None) or "unknown"
                evidence.setdefault(r.report_id, {})[kind] = evidence.get(r.report_id, {}).get(kind, 0) + 1
                verified[r.report_id] = verified.get(r.report_id, 0) + int(p.verified and bool(p.paragraph or p.page))
    rows = [{"report_id": r.report_id, "report": r.label, "title": r.title, "short_name": r.short_name,
             "year": r.year, "url": r.url, "pages": r.pages,
             "passages": text_counts.get(r.report_id, 0) + card_counts.get(r.report_id, 0),
             "full_text": r.report_id in text_counts, "text_passages": text_counts.get(r.report_id, 0),
             "cards": card_counts.get(r.report_id, 0), "verified_references": verified.get(r.report_id, 0),
             "evidence": evidence.get(r.report_id, {}), "source_file": r.source_file,
             "fictional": r.fictional}
            for r in st.reports()]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("The store holds no reports.")
    for row in rows:
        held = (f"full text ({row['text_passages']} passages)" if row["full_text"] else "lesson cards only")
        if row["cards"]:
            ev = ", ".join(f"{n} {k}" for k, n in sorted(evidence.get(str(row["report_id"]), {}).items()))
            held += (f"; {row['cards']} lesson cards, {row['verified_references']} with verified references"
                     f" (evidence: {ev})")
        fiction = " [fictional]" if row["fictional"] else ""
        typer.echo(f"{row['report']}{fiction} [{row['report_id']}]: {held}")


SAMPLE_QUESTION = "What factors affected the quality of practice?"


@app.command()
@friendly
def chat(store: StoreOpt = None) -> None:
    """Ask questions in a loop in the terminal (without a terminal, answers one sample question)."""
    from .answer.text import answer_text

    settings = get_settings()
    engine = open_engine(store, settings).load()
    labels = {t.id: t.label for t in engine.summariser.themes}
    if not sys.stdin.isatty():
        typer.echo(f"(no terminal: answering a sample question)\n> {SAMPLE_QUESTION}\n")
        typer.echo(answer_text(engine.answer(SAMPLE_QUESTION), labels))
        return
    names = ", ".join(s.report.label for s in engine.sources()) or "no reports"
    typer.echo(f"Inquiry Lessons. Reports: {names}.\nAsk a question; 'quit' or Ctrl-D to leave.")
    while True:
        try:
            q = input("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            return
        if q.lower() in {"quit", "exit", ":q"}:
            return
        if q:
            typer.echo(answer_text(engine.answer(q), labels))


@app.command("eval")
@friendly
def eval_cmd(
    store: Annotated[Path | None, typer.Option("--store", help="Store holding the development reports "
                                                "(default: build one from the fictional set in a temp dir).")] = None,
    devset: Annotated[Path | None, typer.Option(help="Questions YAML (default: the bundled set).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    library: Annotated[bool, typer.Option(help="Also the practitioner questions over the bundled library.")] = True,
    curve: Annotated[bool, typer.Option("--curve", help="Instead: answered vs abstained over support settings, "
                                        "per set and split, and the operating point chosen on the seen "
                                        "splits.")] = False,
) -> None:
    """Score the fictional development set (recall@5, MRR@10 for dense, BM25 and hybrid; factor coverage;
    citation validity; answering and abstention) and the practitioner questions over the bundled library,
    each reported for its tune half, its held-out half and both. Run from the source checkout."""
    settings = get_settings()
    if curve:
        from .eval_curve import format_curve, run_curve

        with Bar() as bar:
            rows = run_curve(settings, progress=bar)
        typer.echo(json.dumps(rows, indent=2) if as_json else format_curve(rows))
        return
    from .eval import evaluate, format_report

    with Bar() as bar:
        result = evaluate(settings, store=store, devset_file=devset, progress=bar, library=library)
    typer.echo(json.dumps(result, indent=2) if as_json else format_report(result))


@app.command()
@friendly
def bench(
    queries: Annotated[int, typer.Option(help="Timed queries (cycling through the development set).")] = 60,
) -> None:
    """Measure ingest throughput and query latency on the development set (this machine)."""
    from .eval import benchmark, format_bench

    settings = get_settings()
    typer.echo(format_bench(benchmark(settings, queries=queries)))


@app.command()
@friendly
def fetch(
    ids: Annotated[list[str] | None, typer.Argument(help="Catalogue report ids (see 'lessons sources').")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every catalogued report with a download address.")] = False,
    store: StoreOpt = None,
) -> None:
    """Download catalogued reports' full texts from their official addresses and ingest them under the
    catalogue's report id (needs internet). Each report is its own atomic update; a failure is one line
    on stderr and leaves the store as it was."""
    from .ingest import ingest as run_ingest
    from .ingest.fetch import FetchError, download
    from .ingest.library import load_catalogue

    settings = get_settings()
    catalogue = load_catalogue()
    if all_:
        wanted = [rid for rid, e in catalogue.items() if e.data.get("pdf_url") or e.data.get("official_url")]
    elif ids:
        wanted = list(ids)
    else:
        raise fail("name report ids to fetch, or --all")
    target = resolve_store(store, settings)
    failed = 0
    embedder = _embedder(settings)
    for rid in wanted:
        entry = catalogue.get(rid)
        try:
            if entry is None:
                raise FetchError(f"{rid}: not in the catalogue")
            got = download(entry, int(settings.ingest.max_file_mb * 2**20))
            result = run_ingest([got.path], target, settings, embedder,
                                {"report_id": rid, "fetched_url": got.url, "fetched_sha256": got.sha256})
            if result.failures:
                raise FetchError("; ".join(result.failures))
            typer.echo(f"fetched {rid}: {got.size / 2**20:.1f} MiB, sha256 {got.sha256[:16]}…, "
                       f"{result.passages} passages")
        except LessonsError as exc:
            failed += 1
            typer.echo(f"lessons: {safe_line(str(exc))}", err=True)
    if failed:
        raise typer.Exit(1)


@app.command()
@friendly
def serve(
    store: StoreOpt = None,
    webhook_url: Annotated[str | None, typer.Option("--webhook-url", help="Public URL for webhook mode; "
                                                    "its path is the path listened on.")] = None,
    listen: Annotated[str, typer.Option(help="Webhook mode: address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Webhook mode: port to listen on.")] = 8443,
    secret_token: Annotated[str | None, typer.Option(
        "--secret-token", envvar="LESSONS_BOT_WEBHOOK_SECRET",
        help="Webhook secret token; without one a random one is generated and kept beside the bot's state.")] = None,
) -> None:
    """Run the Telegram bot (long polling; webhook mode with --webhook-url). Needs TELEGRAM_BOT_TOKEN;
    TELEGRAM_API_BASE_URL points it at a self-hosted Bot API server. In webhook mode every request must
    carry the secret token (403 otherwise)."""
    from ..bot.app import run_bot
    from ..bot.settings import BotSettings

    bot_settings = BotSettings()
    if not bot_settings.token:
        raise fail("set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot")
    settings = get_settings()
    store_path = resolve_store(store, settings)
    from .answer.engine import Engine

    try:
        run_bot(bot_settings, lambda: Engine(store_path, settings).load(), webhook_url, listen, port, secret_token,
                say=lambda line: typer.echo(f"lessons: {line}", err=True))
    except ValueError as exc:
        raise fail(str(exc)) from None


@app.command("sources-md")
@friendly
def sources_md(
    check: Annotated[bool, typer.Option("--check", help="Exit 1 if content/SOURCES.md is not current.")] = False,
) -> None:
    """Write content/SOURCES.md from the catalogue and the lesson cards."""
    from ..content import content_dir
    from .sources_md import render

    path = content_dir() / "SOURCES.md"
    text = render()
    if check:
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            raise fail(f"{path} is out of date; run 'lessons sources-md'")
        return
    path.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {path}")


def main() -> None:
    configure_logging(CliSettings().verbose)
    app()


if __name__ == "__main__":
    main()
