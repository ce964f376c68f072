"""Bulk ingest (``lessons ingest DIR``): folders walked, bad files listed while the good ones land, reruns
skip unchanged files, ``--jobs`` does not change the result, and finished batches survive an interruption.
All report text is fictional; the hash embedder stands in for the model (retrieval is not under test)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from inquiry_lessons.index import cli
from inquiry_lessons.index.embed import HashEmbedder
from inquiry_lessons.index.ingest import ingest
from inquiry_lessons.index.ingest.bulk import bulk_ingest, collect_files
from inquiry_lessons.index.store import Store

runner = CliRunner()


def _report(path: Path, word: str, paragraphs: int = 3) -> Path:
    """A small fictional Markdown report whose every paragraph carries ``word``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# Fictional {word.title()} Review (fictional)", "", "## 1 Findings", ""]
    for i in range(1, paragraphs + 1):
        lines += [f"1.{i} The fictional panel found that {word} practice in area {i} was reviewed by the "
                  "agencies, which agreed on the changes needed.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _corrupt_pdf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    return path


def _contents(store: Path) -> dict[str, tuple[str, str | None, list[str]]]:
    """Report id -> (title, source hash, passage texts in order)."""
    st = Store.open(store)
    try:
        return {r.report_id: (r.title, r.extra.get("source_sha256"),
                              [p.text for p in st.report_passages(r.report_id)]) for r in st.reports()}
    finally:
        st.close()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def hash_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line with the hash embedder instead of the model."""
    monkeypatch.setattr(cli, "_embedder", lambda settings: HashEmbedder())


class Interrupting(HashEmbedder):
    """Ctrl-C as soon as it is asked to embed any text containing ``word``."""

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = word

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if any(self.word in t for t in texts):
            raise KeyboardInterrupt
        return super().embed_batch(texts)


def test_folders_are_walked_in_path_order_without_hidden_files_or_sidecars(tmp_path):
    root = tmp_path / "reports"
    for name in ("b.md", "a/z.pdf", "a/y.docx", "a/y.docx.meta.yaml", "a/x.meta.yml", "c.TXT", "d.htm",
                 ".hidden.md", ".git/x.md", "a/.cache/q.txt", "notes.xyz", "readme", "e.markdown"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("fictional")
    # an .xml file is a report only when Word 2003 saved it: a site map beside the reports is not picked up
    (root / "sitemap.xml").write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                      'sitemap/0.9"><url><loc>https://fict.example/</loc></url></urlset>')
    (root / "f.xml").write_text('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument '
                                'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>')
    # nor are images (a report's logo, a figure, a scan's pages a file each): an image is read when it is named
    for name in ("a/logo.png", "figure.JPG", "scan/page1.tif"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"fictional")
    loose = tmp_path / "loose.xyz"  # named on its own: taken as given, even of an unknown type
    loose.write_text("fictional")
    got = collect_files([loose, root, root / "b.md", root / "figure.JPG"])  # b.md twice: once
    assert [p.relative_to(tmp_path).as_posix() for p in got] == [
        "loose.xyz", "reports/a/y.docx", "reports/a/z.pdf", "reports/b.md", "reports/c.TXT", "reports/d.htm",
        "reports/e.markdown", "reports/f.xml", "reports/figure.JPG"]


def test_a_folder_is_ingested_recursively_with_its_sidecars(tmp_path, hash_cli):
    docs = tmp_path / "docs"
    _report(docs / "alder-2019.md", "alder")
    (docs / "alder-2019.md.meta.yaml").write_text("title: The Alder Review\nshort_name: Alder Review\n")
    _report(docs / "north" / "birch.md", "birch")
    _report(docs / "north" / "deep" / "cedar.md", "cedar")
    _report(docs / ".drafts" / "damson.md", "damson")  # hidden folder: never read
    _report(docs / ".elm.md", "elm")  # hidden file
    store = tmp_path / "store"
    res = runner.invoke(cli.app, ["ingest", str(docs), "--store", str(store)])
    assert res.exit_code == 0, res.output
    held = _contents(store)
    assert set(held) == {"alder-2019", "birch", "cedar"}
    assert held["alder-2019"][0] == "The Alder Review"
    assert held["birch"][1] == _sha256(docs / "north" / "birch.md")
    assert "3 report(s)" in res.stdout and "skipped" not in res.stdout
    assert res.stderr == ""


def test_bad_files_are_listed_at_the_end_and_the_good_ones_land(tmp_path, hash_cli):
    docs = tmp_path / "docs"
    _report(docs / "alder.md", "alder")
    bad_pdf = _corrupt_pdf(docs / "sub" / "broken.pdf")
    blank = docs / "sub" / "blank.md"
    blank.write_text("\n\n   \n")
    _report(docs / "sub" / "zelkova.md", "zelkova")
    loose = _report(tmp_path / "loose.md", "larch")  # a file named beside the folder joins the bulk run
    store = tmp_path / "store"
    res = runner.invoke(cli.app, ["ingest", str(loose), str(docs), "--store", str(store)])
    assert res.exit_code == 1
    assert set(_contents(store)) == {"alder", "zelkova", "loose"}
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 2, res.stderr
    assert lines[0].startswith(f"lessons: {blank}: ") and "no body text" in lines[0]
    assert lines[1].startswith(f"lessons: {bad_pdf}: ") and "not a readable PDF" in lines[1]
    assert "Traceback" not in res.output
    assert "3 report(s)" in res.stdout


def test_a_rerun_skips_unchanged_files_and_reingests_changed_ones(tmp_path, hash_cli):
    docs = tmp_path / "docs"
    _report(docs / "alder.md", "alder")
    birch = _report(docs / "birch.md", "birch")
    _report(docs / "cedar.md", "cedar")
    side = docs / "cedar.md.meta.yaml"
    side.write_text("title: Cedar Review\n")
    store = tmp_path / "store"
    assert runner.invoke(cli.app, ["ingest", str(docs), "--store", str(store)]).exit_code == 0
    before = _contents(store)

    res = runner.invoke(cli.app, ["ingest", str(docs), "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert "skipped 3 file(s) unchanged" in res.stdout and "0 report(s)" in res.stdout
    assert _contents(store) == before

    _report(birch, "birch", paragraphs=5)  # the file changed
    side.write_text("title: Cedar Review, second edition\n")  # only its sidecar changed
    res = runner.invoke(cli.app, ["ingest", str(docs), "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert "skipped 1 file(s) unchanged" in res.stdout
    assert "ingested birch" in res.stdout and "ingested cedar" in res.stdout and "ingested alder" not in res.stdout
    after = _contents(store)
    assert set(after) == {"alder", "birch", "cedar"}  # replaced under the same ids
    assert len(after["birch"][2]) == 5 and after["birch"][1] == _sha256(birch)
    assert after["cedar"][0] == "Cedar Review, second edition"
    assert after["alder"] == before["alder"]


def test_a_file_ingested_on_its_own_is_skipped_by_a_later_folder_run(tmp_path, hash_cli, settings):
    docs = tmp_path / "docs"
    alder = _report(docs / "alder.md", "alder")
    _report(docs / "birch.md", "birch")
    store = tmp_path / "store"
    result = ingest([alder], store, settings, HashEmbedder())
    assert not result.failures
    assert _contents(store)["alder"][1] == _sha256(alder)  # every ingest records the source's hash
    res = runner.invoke(cli.app, ["ingest", str(docs), "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert "skipped 1 file(s)" in res.stdout and "ingested birch" in res.stdout


def test_jobs_2_gives_the_same_store_as_jobs_1(tmp_path, hash_cli, settings):
    docs = tmp_path / "docs"
    for i, word in enumerate(["alder", "birch", "cedar", "damson", "elder", "fig", "ginkgo"]):
        _report(docs / f"part{i % 3}" / f"{word}.md", word, paragraphs=2 + i % 4)
    _corrupt_pdf(docs / "part1" / "broken.pdf")
    _report(docs / "part2" / "again" / "alder.md", "alder")  # the same report id as part0/alder.md
    files = collect_files([docs])
    results = {}
    for jobs in (1, 2):
        results[jobs] = bulk_ingest(files, tmp_path / f"store{jobs}", settings, HashEmbedder(), jobs=jobs,
                                    batch_files=3)
    one, two = results[1], results[2]
    assert [r.report_id for r in one.reports] == [r.report_id for r in two.reports]
    assert one.failures == two.failures and len(one.failures) == 2
    assert any("same report id 'alder'" in line for line in one.failures)
    assert one.batches == two.batches == 3  # 7 good files in batches of 3
    assert _contents(tmp_path / "store1") == _contents(tmp_path / "store2")
    res = runner.invoke(cli.app, ["ingest", str(docs), "--store", str(tmp_path / "store3"), "--jobs", "2"])
    assert res.exit_code == 1 and len(res.stderr.strip().splitlines()) == 2
    assert _contents(tmp_path / "store3") == _contents(tmp_path / "store1")


def test_an_interruption_keeps_the_finished_batches_and_a_rerun_goes_on(tmp_path, settings):
    docs = tmp_path / "docs"
    words = ["alder", "birch", "cedar", "damson", "elder"]
    for word in words:
        _report(docs / f"{word}.md", word)
    files = collect_files([docs])
    store = tmp_path / "store"
    committed: list[list[str]] = []
    with pytest.raises(KeyboardInterrupt):  # in the second batch (cedar, damson)
        bulk_ingest(files, store, settings, Interrupting("cedar"), jobs=2, batch_files=2,
                    committed=lambda reports: committed.append([r.report_id for r in reports]))
    assert committed == [["alder", "birch"]]
    assert set(_contents(store)) == {"alder", "birch"}
    assert not list(store.glob(".tmp-*"))  # the partial batch left nothing behind
    result = bulk_ingest(files, store, settings, HashEmbedder(), jobs=2, batch_files=2)
    assert result.skipped == [docs / "alder.md", docs / "birch.md"]
    assert [r.report_id for r in result.reports] == ["cedar", "damson", "elder"]
    assert set(_contents(store)) == set(words)


def test_ctrl_c_on_the_command_line_says_what_was_kept(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    for i in range(22):  # a first batch of 20 files is written; the interruption comes in the second
        _report(docs / f"r{i:02d}.md", f"word{i:02d}x", paragraphs=1)
    monkeypatch.setattr(cli, "_embedder", lambda settings: Interrupting("word21x"))
    store = tmp_path / "store"
    res = runner.invoke(cli.app, ["ingest", str(docs), "--store", str(store)])
    assert res.exit_code == 130
    assert res.stderr.strip().splitlines() == [
        "lessons: interrupted; 20 report(s) of finished batches are in the store, the batch under way was "
        "not written; run the same command again to go on"]
    assert len(_contents(store)) == 20


def test_files_alone_stay_all_or_nothing_and_flags_need_one_file(tmp_path, hash_cli):
    docs = tmp_path / "docs"
    good = _report(docs / "alder.md", "alder")
    bad = _corrupt_pdf(docs / "broken.pdf")
    store = tmp_path / "store"
    res = runner.invoke(cli.app, ["ingest", str(good), str(bad), "--store", str(store)])
    assert res.exit_code == 1 and not (store / "CURRENT").exists()
    res = runner.invoke(cli.app, ["ingest", str(docs), "--store", str(store), "--title", "One title"])
    assert res.exit_code == 1 and "one file at a time" in res.stderr
    empty = tmp_path / "empty"
    (empty / ".hidden").mkdir(parents=True)
    res = runner.invoke(cli.app, ["ingest", str(empty), "--store", str(store)])
    assert res.exit_code == 1 and res.stderr.startswith("lessons: no report files")


def test_batch_sizes_come_from_the_settings(tmp_path, monkeypatch):
    from inquiry_lessons.index.settings import Settings

    docs = tmp_path / "docs"
    for word in ["alder", "birch", "cedar", "damson", "elder"]:
        _report(docs / f"{word}.md", word, paragraphs=3)
    monkeypatch.setenv("LESSONS_BULK_BATCH_FILES", "2")
    assert bulk_ingest(collect_files([docs]), tmp_path / "s1", Settings(), HashEmbedder()).batches == 3
    monkeypatch.setenv("LESSONS_BULK_BATCH_FILES", "20")
    monkeypatch.setenv("LESSONS_BULK_BATCH_PASSAGES", "6")  # two 3-paragraph reports fill a batch
    assert bulk_ingest(collect_files([docs]), tmp_path / "s2", Settings(), HashEmbedder()).batches == 3
    monkeypatch.setenv("LESSONS_BULK_BATCH_FILES", "0")
    with pytest.raises(ValueError):
        Settings()
