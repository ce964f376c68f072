"""The store: real SQLite, FAISS and BM25; atomic replacement, also under kill -9."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inquiry_lessons.index.embed import HashEmbedder
from inquiry_lessons.index.errors import StoreMismatch, StoreMissing
from inquiry_lessons.index.ingest import ingest
from inquiry_lessons.index.store import Store
from tests.support.files import long_markdown


def _state(store: Path) -> tuple[str, dict]:
    cur = (store / "CURRENT").read_text()
    return cur, json.loads((store / cur.strip() / "manifest.json").read_text())


def test_ingest_open_search_and_replace(tmp_path, settings):
    emb = HashEmbedder()
    store = tmp_path / "s"
    a = long_markdown(tmp_path / "alpha-2019.md", 12)
    b = long_markdown(tmp_path / "beta-2020.md", 8, "Other Fictional Review")
    assert not ingest([a, b], store, settings, emb).failures
    st = Store.open(store)
    assert {r.report_id for r in st.reports()} == {"alpha-2019", "beta-2020"}
    assert st.passage_counts() == {"alpha-2019": 12, "beta-2020": 8}
    assert "1.7" in st.paragraphs("alpha-2019")
    hits = st.sparse_search("marker7 practice", 5)
    assert hits and st.passages([hits[0][0]])[hits[0][0]].paragraph == "1.7"
    dense = st.dense_search(emb.embed_batch(["Fictional finding number 3 concerns practice area 3"])[0], 3)
    assert len(dense) == 3
    # re-ingest replaces the report: its passages are swapped, the other report is untouched
    long_markdown(a, 5)
    assert not ingest([a], store, settings, emb).failures
    st2 = Store.open(store)
    assert st2.passage_counts() == {"alpha-2019": 5, "beta-2020": 8}
    assert st2._load_dense().ntotal == 13
    assert len(list(store.glob("gen-*"))) <= 2


def test_open_checks(tmp_path, settings):
    with pytest.raises(StoreMissing):
        Store.open(tmp_path / "nowhere")
    store = tmp_path / "s"
    ingest([long_markdown(tmp_path / "a.md", 3)], store, settings, HashEmbedder(64))
    with pytest.raises(StoreMismatch):
        Store.open(store, model_id="all-MiniLM-L6-v2")
    with pytest.raises(StoreMismatch):
        ingest([long_markdown(tmp_path / "b.md", 3)], store, settings, HashEmbedder(32))


def test_failed_ingest_changes_nothing(tmp_path, settings):
    store = tmp_path / "s"
    good = long_markdown(tmp_path / "good.md", 4)
    ingest([good], store, settings, HashEmbedder())
    before = _state(store)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    result = ingest([long_markdown(tmp_path / "other.md", 4), bad], store, settings, HashEmbedder())
    assert result.failures and "bad.pdf" in result.failures[0]
    assert _state(store) == before


KILL_SCRIPT = """
import sys
from pathlib import Path
from inquiry_lessons.index.embed import HashEmbedder
from inquiry_lessons.index.ingest import ingest
from inquiry_lessons.index.settings import IngestSettings, Settings
ingest([Path(sys.argv[1])], Path(sys.argv[2]), Settings(ingest=IngestSettings(window_words=10_000)), HashEmbedder())
"""


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
def test_kill_9_mid_ingest_leaves_a_consistent_store(tmp_path, settings, delay):
    store = tmp_path / "s"
    ingest([long_markdown(tmp_path / "first.md", 6)], store, settings, HashEmbedder())
    before = _state(store)
    big = long_markdown(tmp_path / "big.md", 6000)
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(big), str(store)],
                            cwd=Path(__file__).resolve().parents[1])
    deadline = time.monotonic() + 120
    while not list(store.glob(".tmp-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after = _state(store)
    st = Store.open(store)
    reports = {r.report_id for r in st.reports()}
    if after == before:
        assert reports == {"first"}
    else:  # the kill came after the switch: the ingest had completed
        assert reports == {"first", "big"}
    assert st._load_dense().ntotal == sum(st.passage_counts().values()) == after[1]["passages"]
    # the next writer sweeps what the killed one left
    ingest([long_markdown(tmp_path / "third.md", 3)], store, settings, HashEmbedder())
    assert not list(store.glob(".tmp-*"))
    assert "third" in {r.report_id for r in Store.open(store).reports()}


def test_approximate_index_beyond_the_exact_limit(tmp_path):
    from inquiry_lessons.index.settings import Settings, StoreSettings

    emb = HashEmbedder()
    store = tmp_path / "s"
    ingest([long_markdown(tmp_path / "many.md", 60)], store, Settings(store=StoreSettings(exact_index_max=20)), emb)
    st = Store.open(store)
    assert st.manifest["index"] == "hnsw-sq8"  # 8-bit codes in an HNSW graph
    assert not (st.gen / "units.faiss").exists()  # sentence vectors are read by passage id, never searched
    assert st.manifest["units"] >= st.manifest["passages"] > 0  # counted, though not indexed
    target = st.report_passages("many")[17]
    (pid, score), *_ = st.dense_search(emb.embed_batch([target.text])[0], 5)
    assert pid == target.passage_id and score > 0.9


def test_keyword_search_keeps_bm25s_ranking_while_skipping_zero_scores(tmp_path):
    """The sparse index chooses its top k among non-zero scores only; the ranking is bm25s's own."""
    from inquiry_lessons.index.store import sparse

    texts = [f"supervision of staff {'drift ' * (i % 5)}case {i}" if i % 3 else f"unrelated paragraph {i}"
             for i in range(60)] + ["supervision supervision drift"] * 3  # ties
    ids = list(range(1000, 1000 + len(texts)))
    sparse.build(tmp_path, ids, texts)
    index = sparse.SparseIndex(tmp_path)
    for query, k in [("supervision drift", 7), ("supervision drift", 500), ("unrelated", 3), ("nothing", 5)]:
        tokens = [t for t in sparse.tokenize([query])[0] if t in index.segments[0].bm25.vocab_dict]
        got = index.search(query, k)
        if not tokens:
            assert got == []
            continue
        docs, scores = index.segments[0].bm25.retrieve([tokens], k=len(texts), show_progress=False, n_threads=1)
        expected = [(ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
        assert [sc for _, sc in got] == pytest.approx([sc for _, sc in expected][:k])
        assert {pid for pid, _ in got} <= {pid for pid, _ in expected}
        assert len(got) == min(k, len(expected))
        assert all(a[1] > b[1] or (a[1] == b[1] and a[0] < b[0]) for a, b in itertools.pairwise(got))


def test_the_next_writer_sweeps_a_killed_writers_pointer_file_too(tmp_path, settings):
    """A writer killed while it wrote the new CURRENT pointer leaves ``.tmp-CURRENT-...``, a file, beside the
    generations (seen once in CI, in the kill -9 test above): the next writer removes it as it removes a generation's
    directory."""
    store = tmp_path / "s"
    ingest([long_markdown(tmp_path / "first.md", 3)], store, settings, HashEmbedder())
    (store / ".tmp-CURRENT-abc123").write_text("gen-unfinished\n")
    (store / ".tmp-0123456789ab").mkdir()
    ingest([long_markdown(tmp_path / "second.md", 3)], store, settings, HashEmbedder())
    assert not list(store.glob(".tmp-*"))
    assert {r.report_id for r in Store.open(store).reports()} == {"first", "second"}
