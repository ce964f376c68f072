"""Hostile files (issue 11): each is refused by the real ``lessons ingest`` with exactly one ``lessons:``
line on stderr and a non-zero exit, in bounded memory and time, and the store is left exactly as it was
(an earlier fictional report still there, no ``.tmp-*`` left). The files are a few MB at most on disk and
are made on the fly (tests/support/hostile.py). Times are never asserted: a generous subprocess timeout
turns a hang into a failure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import hostile

TIMEOUT = 240  # seconds for one command; a refusal takes a few


def lessons_command() -> list[str]:
    script = Path(sys.executable).with_name("lessons")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "inquiry_lessons.index.cli"]


def run_lessons(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("LESSONS_")}
    base.update(XDG_DATA_HOME=str(home / "xdg"), XDG_CACHE_HOME=str(home / "xdg-cache"), HF_HUB_OFFLINE="1",
                TRANSFORMERS_OFFLINE="1", **env)
    return subprocess.run([*lessons_command(), *args], capture_output=True, text=True, env=base, cwd=home,
                          timeout=TIMEOUT, check=False)


def snapshot(store: Path) -> dict[str, bytes]:
    return {str(p.relative_to(store)): p.read_bytes() for p in sorted(store.rglob("*"))
            if p.is_file() and p.name != ".lock"}


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one small fictional text report, ingested through the real command line."""
    home = tmp_path_factory.mktemp("hostile-home")
    store = home / "store"
    res = run_lessons(["ingest", str(hostile.fictional_markdown(home / "earlier-review.md")), "--store", str(store)],
                      home)
    assert res.returncode == 0, res.stderr
    return store


@pytest.fixture
def store(built_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(built_store, copy)
    return copy


def _year_sidecar(text: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        report = hostile.fictional_markdown(tmp / "dated-review.md")
        hostile.sidecar(report, text)
        return report

    return make


def _yaml_bomb(tmp: Path) -> Path:
    report = hostile.fictional_markdown(tmp / "laughing-review.md")
    hostile.yaml_bomb_sidecar(report)
    return report


def _newline_name(tmp: Path) -> Path:
    path = tmp / "review\nlessons: ingested 3 reports.pdf"
    path.write_bytes(b"%PDF-1.7\nnot really a PDF")
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "docx-zip-bomb": (lambda t: hostile.docx_bomb(t / "bomb.docx"), "expands to 3,072 MiB when unzipped"),
    "pdf-stream-bomb": (lambda t: hostile.pdf_stream_bomb(t / "bomb.pdf"), "LESSONS_MAX_INFLATE_MB"),
    "pdf-80000-pages": (lambda t: hostile.pdf_many_pages(t / "pages.pdf"), "80,000 pages"),
    "yaml-alias-bomb": (_yaml_bomb, "aliases"),
    "html-100000-deep": (lambda t: hostile.nested_html(t / "deep.html"), "LESSONS_MAX_HTML_DEPTH"),
    "docx-malformed-xml": (lambda t: hostile.docx_malformed(t / "broken.docx"), "not a readable DOCX file"),
    "docx-entities": (lambda t: hostile.docx_entities(t / "entities.docx"), "entities"),
    "year-inf": (_year_sidecar("year: .inf\n"), "year must be a whole number"),
    "year-1e23": (_year_sidecar("year: 1e23\n"), "year must be a whole number"),
    "year-1.0e+23": (_year_sidecar("year: 1.0e+23\n"), "year must be a whole number"),
    "newline-in-name": (_newline_name, "review\\nlessons: ingested 3 reports.pdf"),
}


def assert_refused(res: subprocess.CompletedProcess[str], expected: str, store: Path,
                   before: dict[str, bytes]) -> str:
    lines = res.stderr.splitlines()
    assert res.returncode != 0
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("lessons: ") and expected in lines[0], lines[0]
    assert "Traceback" not in res.stderr + res.stdout
    assert snapshot(store) == before
    assert not list(store.glob(".tmp-*"))
    return lines[0]


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file_is_refused_with_one_line(case: str, store: Path, tmp_path: Path) -> None:
    make, expected = CASES[case]
    path = make(tmp_path)
    before = snapshot(store)
    res = run_lessons(["ingest", str(path), "--store", str(store)], tmp_path)
    assert_refused(res, expected, store, before)
    assert "earlier-review" in run_lessons(["sources", "--store", str(store)], tmp_path).stdout


def test_the_memory_cap_refuses_what_the_checks_let_through(store: Path, tmp_path: Path) -> None:
    """With the zip checks out of the way, the worker's address-space cap stops the 3 GiB DOCX."""
    before = snapshot(store)
    res = run_lessons(["ingest", str(hostile.docx_bomb(tmp_path / "bomb.docx")), "--store", str(store)], tmp_path,
                      LESSONS_MAX_UNZIPPED_MB="100000", LESSONS_MAX_ZIP_RATIO="1e9")
    assert_refused(res, "needs more than 1536 MiB to parse (LESSONS_PARSE_MEMORY_MB)", store, before)


def test_the_time_budget_refuses_a_slow_file(store: Path, tmp_path: Path) -> None:
    """With the page limit out of the way, the 80,000-page PDF runs out of a 3-second budget."""
    before = snapshot(store)
    res = run_lessons(["ingest", str(hostile.pdf_many_pages(tmp_path / "pages.pdf")), "--store", str(store)],
                      tmp_path, LESSONS_MAX_PAGES="1000000", LESSONS_PARSE_TIMEOUT="3")
    assert_refused(res, "parsing took longer than 3 s (LESSONS_PARSE_TIMEOUT)", store, before)


def test_a_bad_file_among_good_ones_gives_one_line_per_bad_file(store: Path, tmp_path: Path) -> None:
    before = snapshot(store)
    good = hostile.fictional_markdown(tmp_path / "another-review.md")
    res = run_lessons(["ingest", str(good), str(hostile.docx_malformed(tmp_path / "broken.docx")),
                       str(hostile.nested_html(tmp_path / "deep.html")), "--store", str(store)], tmp_path)
    assert res.returncode != 0
    lines = res.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("lessons: ") for line in lines), res.stderr
    assert snapshot(store) == before


def test_a_store_path_with_hash_question_mark_and_spaces(tmp_path: Path) -> None:
    """The store's SQLite file is opened by a quoted URI: '#' and '?' in the path open this store, and a
    second ingest keeps the first report."""
    store = tmp_path / "my store #1?x=y"
    first = hostile.fictional_markdown(tmp_path / "first-review.md")
    second = hostile.fictional_markdown(tmp_path / "second-review.md")
    assert run_lessons(["ingest", str(first), "--store", str(store)], tmp_path).returncode == 0
    res = run_lessons(["ingest", str(second)], tmp_path, LESSONS_STORE=str(store))
    assert res.returncode == 0, res.stderr
    listed = run_lessons(["sources", "--store", str(store), "--json"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "first-review" in listed.stdout and "second-review" in listed.stdout
    assert not list(store.glob(".tmp-*")) and not (tmp_path / "my store ").exists()


# --- in process ------------------------------------------------------------------------------------------

def test_deep_html_parses_in_linear_time_without_recursion(tmp_path: Path) -> None:
    from inquiry_lessons.index.ingest.parse.html import parse_html

    doc = parse_html(hostile.nested_html(tmp_path / "deep.html", 100_000))
    assert [b.text for b in doc.blocks] == ["A fictional paragraph."]


def test_nested_lists_and_chrome_keep_their_reading(tmp_path: Path) -> None:
    from inquiry_lessons.index.ingest.parse.html import parse_html

    path = tmp_path / "lists.html"
    path.write_text("<html><body><div class='sidebar'><div class='menu'>Menu</div></div><main><h2>Findings</h2>"
                    "<p>A fictional lead-in:</p><ul><li>First item<ul><li>Nested item</li></ul></li>"
                    "<li>Second <b>bold</b> item</li></ul><div>Loose <em>text</em></div></main></body></html>")
    blocks = [(b.kind, b.text) for b in parse_html(path).blocks]
    assert blocks == [("heading", "Findings"), ("para", "A fictional lead-in:"), ("bullet", "First item"),
                      ("bullet", "Nested item"), ("bullet", "Second bold item"), ("para", "Loose text")]


def test_sidecar_values_are_plain_data(tmp_path: Path) -> None:
    from inquiry_lessons.index.errors import BadMetadata
    from inquiry_lessons.index.ingest.metadata import read_sidecar

    report = hostile.fictional_markdown(tmp_path / "review.md")
    hostile.sidecar(report, "year: '2019'\npublished: 2019-05-01\nfictional: true\n")
    assert read_sidecar(report) == {"year": 2019, "published": "2019-05-01", "fictional": True}
    for text in ("1: one\n", "year: 1850\n", "year: true\n", "a: &x [1]\nb: *x\n", "[" * 5000, "a: 2019-13-45\n",
                 "x" * 70_000):
        hostile.sidecar(report, text)
        with pytest.raises(BadMetadata):
            read_sidecar(report)


def test_ocr_progress_crosses_from_the_worker(tmp_path: Path) -> None:
    from inquiry_lessons.index.ingest import prepare
    from inquiry_lessons.index.ingest.parse import ocr
    from inquiry_lessons.index.settings import Settings
    from tests.support.scans import review_pdf, scanned_copy

    if ocr.missing():
        pytest.skip("no OCR engine here")
    scan = scanned_copy(review_pdf(tmp_path / "text.pdf", section=3), tmp_path / "scan.pdf", pages=[0])
    heard: list[tuple[str, int, int]] = []
    prepare(scan, Settings(), progress=lambda *call: heard.append(call))
    assert ("ocr", 1, 1) in heard


def test_names_are_printed_on_one_safe_line() -> None:
    from inquiry_lessons.index.cli import safe_line

    assert safe_line("a\nb\r\x1b[2Jc\u202ed\udcff é") == "a\\nb\\r\\x1b[2Jc\\u202ed\\udcff é"


def test_a_failed_write_leaves_no_temporary_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from inquiry_lessons.index.store import generations
    from inquiry_lessons.index.types import IndexedReport, Passage, Report

    def item(rid: str) -> IndexedReport:
        vec = np.ones((1, 4), dtype=np.float32) / 2
        return IndexedReport(report=Report(report_id=rid, title="Fictional", short_name="Fictional"),
                             passages=[Passage(report_id=rid, text="A fictional passage.")], vectors=vec,
                             unit_vectors=[vec])

    root = tmp_path / "store"
    generations.write_reports(root, [item("one")], "model", 4)

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(generations, "_switch", broken)
    with pytest.raises(OSError):
        generations.write_reports(root, [item("two")], "model", 4)
    assert not list(root.glob(".tmp-*"))
    assert len(list(root.glob("gen-*"))) == 1
