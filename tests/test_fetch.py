"""lessons fetch against a loopback HTTP server serving generated PDFs (never a real address)."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import yaml
from typer.testing import CliRunner

from inquiry_lessons.index.cli import app
from tests.support.files import long_markdown, text_pdf

runner = CliRunner()


class _Handler(BaseHTTPRequestHandler):
    pdf = b""
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        body = self.pdf
        if self.path == "/page":
            self._send(200, "text/html", b"<html><body>A catalogue page, not the file</body></html>")
        elif self.path == "/truncated.pdf":
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
        elif self.path == "/flaky.pdf" and self.hits[self.path] == 1:
            self._send(503, "text/plain", b"try later")
        elif self.path == "/missing.pdf":
            self._send(404, "text/plain", b"no")
        else:
            self._send(200, "application/pdf", body)

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server(tmp_path):
    pdf = text_pdf(tmp_path / "r.pdf", [f"1.{i} The fictional review found that supervision in team {i} was "
                                        "rare and focused on tasks rather than children." for i in range(1, 6)])
    _Handler.pdf = pdf.read_bytes()
    _Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def catalogue(tmp_path, server, monkeypatch):
    def entry(rid, url):
        return {"id": rid, "short_name": f"Fictional {rid}", "year": 2020, "title": f"Fictional report {rid}",
                "kind": "serious case review", "publisher": "Fictional board", "summary": "Fictional.",
                "pdf_url": url}
    path = tmp_path / "catalogue.yaml"
    path.write_text(yaml.safe_dump({"reports": [
        entry("fict-good", f"{server}/report.pdf"), entry("fict-page", f"{server}/page"),
        entry("fict-trunc", f"{server}/truncated.pdf"), entry("fict-flaky", f"{server}/flaky.pdf"),
        entry("fict-404", f"{server}/missing.pdf"),
        entry("fict-down", f"http://127.0.0.1:{_free_port()}/report.pdf"), entry("fict-nourl", None)]}))
    monkeypatch.setenv("LESSONS_CATALOGUE_FILE", str(path))
    from inquiry_lessons.index.ingest import fetch as fetch_module

    monkeypatch.setattr(fetch_module.time, "sleep", lambda s: None)  # no real back-off waits in tests
    from inquiry_lessons.index.ingest.library import load_catalogue

    load_catalogue.cache_clear()
    yield path
    load_catalogue.cache_clear()


@pytest.fixture
def store(tmp_path):
    store = tmp_path / "store"
    res = runner.invoke(app, ["ingest", str(long_markdown(tmp_path / "other.md", 4)), "--store", str(store)])
    assert res.exit_code == 0, res.output
    return store


def _snapshot(store: Path) -> dict[str, bytes]:
    return {str(p.relative_to(store)): p.read_bytes() for p in sorted(store.rglob("*"))
            if p.is_file() and p.name != ".lock"}


def test_fetch_ingests_under_the_catalogue_id_with_its_metadata(catalogue, store):
    res = runner.invoke(app, ["fetch", "fict-good", "--store", str(store)])
    assert res.exit_code == 0, res.output
    rows = {r["report_id"]: r for r in json.loads(runner.invoke(app, ["sources", "--store", str(store),
                                                                      "--json"]).stdout)}
    row = rows["fict-good"]
    assert row["full_text"] and row["report"] == "Fictional fict-good (2020)" and row["text_passages"] == 5
    from inquiry_lessons.index.store import Store

    rep = Store.open(store).report("fict-good")
    assert len(rep.extra["fetched_sha256"]) == 64 and rep.extra["fetched_url"].endswith("/report.pdf")


def test_a_server_error_is_retried(catalogue, store, server):
    res = runner.invoke(app, ["fetch", "fict-flaky", "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert _Handler.hits["/flaky.pdf"] == 2


@pytest.mark.parametrize(("rid", "message"), [
    ("fict-page", "not a PDF"),
    ("fict-trunc", "closed before the file was complete"),
    ("fict-404", "answered 404"),
    ("fict-down", "cannot connect"),
    ("fict-nourl", "no download address"),
    ("fict-unknown", "not in the catalogue"),
])
def test_failures_are_one_line_and_change_nothing(catalogue, store, rid, message):
    before = _snapshot(store)
    res = runner.invoke(app, ["fetch", rid, "--store", str(store)])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"lessons: {rid}:") and message in lines[0], res.stderr
    assert _snapshot(store) == before


def test_one_line_per_failed_report_and_the_good_one_still_lands(catalogue, store):
    res = runner.invoke(app, ["fetch", "fict-page", "fict-good", "fict-down", "--store", str(store)])
    assert res.exit_code == 1
    assert len(res.stderr.strip().splitlines()) == 2
    assert "fetched fict-good" in res.stdout


def test_full_text_ranks_ahead_of_the_reports_own_cards(tmp_path, catalogue, monkeypatch, embedder):
    """A store with lesson cards for a report, then its full text fetched: its real passages come first,
    its cards stay (labelled summaries) behind them."""
    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.ingest import embed_passages
    from inquiry_lessons.index.ingest.library import card_passages, load_catalogue
    from inquiry_lessons.index.settings import Settings
    from inquiry_lessons.index.store import write_reports
    from inquiry_lessons.index.types import IndexedReport

    store = tmp_path / "cards-store"
    cards = [{"id": f"fict-good#{n}", "report_id": "fict-good", "statement": text, "themes": ["supervision-oversight"],
              "provenance": {"source_url": "https://example.org/x", "source_type": "news", "verified": False}}
             for n, text in enumerate(["Supervision in the teams was rare and focused on tasks, not children.",
                                       "Managers seldom discussed the children in supervision."], 1)]
    report = load_catalogue()["fict-good"].report()
    passages = card_passages(cards, "fict-good")
    vecs, units = embed_passages(embedder, passages, 32)
    write_reports(store, [IndexedReport(report, passages, vecs, units)], embedder.model_id, embedder.dim)
    res = runner.invoke(app, ["fetch", "fict-good", "--store", str(store)])
    assert res.exit_code == 0, res.output
    engine = Engine(store, Settings(), embedder)
    answer = engine.answer("What was supervision like in the teams?")
    texts = [p.text for p in answer.passages]
    first_card = min(i for i, t in enumerate(texts) if t.startswith(("Supervision in the teams", "Managers seldom")))
    assert first_card >= 1
    assert all(t.startswith("The fictional review found that supervision") for t in texts[:first_card])
    assert len(engine.store.passage_counts("summary")) == 1  # the cards survived the fetch
    sources = json.loads(runner.invoke(app, ["sources", "--store", str(store), "--json"]).stdout)
    assert sources[0]["full_text"] and sources[0]["cards"] == 2
