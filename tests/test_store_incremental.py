"""Writes to a large store add to its indexes instead of rebuilding them: a new keyword segment, the new
vectors added to FAISS, removed passages listed and skipped. Real SQLite, FAISS and bm25s; the threshold
that makes a store "large" is lowered so that a few fictional reports exercise it."""

from __future__ import annotations

import numpy as np
import pytest

from inquiry_lessons.index.embed import HashEmbedder
from inquiry_lessons.index.ingest import embed_passages
from inquiry_lessons.index.store import Store, write_reports
from inquiry_lessons.index.store import db as sql
from inquiry_lessons.index.store.generations import DELETED
from inquiry_lessons.index.types import IndexedReport, Passage, Report

TOPICS = ["supervision of social workers", "information sharing between agencies", "missing episodes",
          "escalation of concerns", "voice of the child", "professional curiosity", "threshold decisions"]


def _report(rid: str, n: int, marker: str = "") -> IndexedReport:
    """A fictional report of ``n`` paragraphs; ``marker`` is a word only this report uses."""
    emb = HashEmbedder()
    passages = [Passage(report_id=rid, ordinal=i, paragraph=f"2.{i}", page=1 + i // 4,
                        text=f"Fictional paragraph {i} of {rid} on {TOPICS[i % len(TOPICS)]}. "
                             f"The panel found that {TOPICS[(i * 3) % len(TOPICS)]} was weak. {marker}".strip())
                for i in range(1, n + 1)]
    vecs, units = embed_passages(emb, passages, 32)
    return IndexedReport(Report(report_id=rid, title=f"Fictional review {rid}", short_name=rid, year=2020),
                         passages, vecs, units)


def _write(root, items, remove=None, incremental_min=0, exact_index_max=50_000):
    emb = HashEmbedder()
    return write_reports(root, items, emb.model_id, emb.dim, remove=remove, incremental_min=incremental_min,
                         exact_index_max=exact_index_max)


def _ids(store: Store, rid: str) -> set[int]:
    return {p.passage_id for p in store.report_passages(rid) if p.passage_id is not None}


@pytest.mark.parametrize("exact_index_max", [50_000, 10])  # flat and HNSW
def test_adding_replacing_and_removing_reports_adds_to_the_indexes(tmp_path, exact_index_max):
    root = tmp_path / "s"
    _write(root, [_report(f"r{i}", 40) for i in range(20)], exact_index_max=exact_index_max)
    first = Store.open(root)
    assert first.manifest["segments"] == ["bm25"] and first.manifest["deleted"] == 0
    old_r1 = _ids(first, "r1")
    first.close()

    # add one report, replace another, remove a third: one write
    _write(root, [_report("new", 10, "zebracrossing"), _report("r1", 10, "replaced")], remove=["r2"],
           exact_index_max=exact_index_max)
    st = Store.open(root)
    m = st.manifest
    assert len(m["segments"]) == 2 and m["passages"] == 18 * 40 + 10 + 10 and m["added_since_rebuild"] == 20
    assert m["deleted"] == 80 and set(np.load(st.gen / DELETED).tolist()) >= old_r1
    # the old segment's files are shared with the old generation, not copied
    assert (st.gen / "bm25" / "ids.npy").stat().st_nlink >= 2
    live = {p for r in [f"r{i}" for i in range(20) if i != 2] + ["new"] for p in _ids(st, r)}
    emb = HashEmbedder()
    for q in ["supervision of social workers", "zebracrossing", "Fictional paragraph 7 of r2 on missing episodes"]:
        dense = st.dense_search(emb.embed_batch([q])[0], 2000)
        sparse = st.sparse_search(q, 2000)
        assert {i for i, _ in dense} <= live and {i for i, _ in sparse} <= live  # nothing deleted comes back
        if m["index"] == "flat":
            assert len(dense) == len(live)
    (top, _), *_ = st.sparse_search("zebracrossing", 5)
    assert top in _ids(st, "new")
    target = st.report_passages("new")[7]
    (pid, score), *_ = st.dense_search(emb.embed_batch([target.indexed_text])[0], 3)
    assert pid == target.passage_id and score > 0.95


def test_keyword_ranking_across_segments_matches_a_full_rebuild(tmp_path):
    """Term weights come from all segments together, so a passage ranks where a rebuilt index puts it."""
    items = [_report(f"r{i}", 40, marker=f"m{i}") for i in range(9)]
    inc, full = tmp_path / "inc", tmp_path / "full"
    _write(inc, items[:7])
    _write(inc, items[7:8])
    _write(inc, items[8:])
    _write(full, items, incremental_min=10**9)
    a, b = Store.open(inc), Store.open(full)
    assert len(a.manifest["segments"]) == 3 and b.manifest["segments"] == ["bm25"]
    for q in ["escalation of concerns", "voice of the child m8", "threshold decisions weak", "m1 supervision m7"]:
        got, want = ([(st.passages([i])[i].report_id, round(s, 3)) for i, s in st.sparse_search(q, 10)]
                     for st in (a, b))
        assert len(got) == len(want)  # rank by rank, the scores agree (passages with equal text may swap)
        assert all(abs(g[1] - w[1]) <= 0.05 * w[1] for g, w in zip(got, want, strict=True)), q
        if "m" in q.split()[-1]:  # a marker only one report uses: the same report comes first
            assert got[0][0] == want[0][0]
    assert a.term_doc_freq()["m8"] == b.term_doc_freq()["m8"] == 40


def test_a_write_rebuilds_once_enough_has_changed(tmp_path):
    root = tmp_path / "s"
    _write(root, [_report(f"r{i}", 30) for i in range(4)])
    _write(root, [_report("r0", 30, "again")])  # 30 deleted + 30 added of 120: 50%, over the merge fraction
    m = Store.open(root).manifest
    assert m["segments"] == ["bm25"] and m["deleted"] == 0 and m["added_since_rebuild"] == 0
    _write(root, [_report("small", 5)])  # 5 of 125: added
    m = Store.open(root).manifest
    assert len(m["segments"]) == 2 and m["added_since_rebuild"] == 5


def test_small_stores_rebuild_on_every_write(tmp_path):
    root = tmp_path / "s"
    _write(root, [_report("a", 10)], incremental_min=1000)
    _write(root, [_report("b", 10)], incremental_min=1000)
    st = Store.open(root)
    assert st.manifest["segments"] == ["bm25"] and not (st.gen / DELETED).exists()


def test_shared_segments_survive_the_old_generations_being_swept(tmp_path):
    root = tmp_path / "s"
    _write(root, [_report(f"r{i}", 30) for i in range(4)])
    for n in range(3):
        _write(root, [_report(f"add{n}", 3, marker=f"only{n}")])
    assert len(list(root.glob("gen-*"))) == 2  # the first generation, which wrote bm25/, is gone
    st = Store.open(root)
    assert len(st.manifest["segments"]) == 4
    for n in range(3):
        (top, _), *_ = st.sparse_search(f"only{n}", 3)
        assert top in _ids(st, f"add{n}")


def test_vectors_are_stored_as_8_bit_codes(tmp_path):
    root = tmp_path / "s"
    item = _report("a", 5)
    _write(root, [item])
    st = Store.open(root)
    (blob,) = st._db.execute("SELECT vector FROM passages LIMIT 1").fetchone()
    assert len(blob) == st.dim + 4
    units = st.unit_vectors([p.passage_id for p in st.report_passages("a")])
    got = np.vstack([units[pid] for pid in sorted(units)])
    want = np.vstack(item.unit_vectors)
    assert got.shape == want.shape and float((got * want).sum(axis=1).min()) > 0.999
    old = sql.decode_vectors([want[0].astype(np.float32).tobytes()], st.dim)  # an older store's float32 rows
    assert np.allclose(old[0], want[0])


def test_hnsw_is_searched_as_deep_as_configured_and_rescored(tmp_path):
    import faiss

    from inquiry_lessons.index.store import dense

    root = tmp_path / "s"
    _write(root, [_report(f"r{i}", 30) for i in range(3)], exact_index_max=10)
    st = Store.open(root)
    index = st._load_dense()
    assert dense.is_hnsw(index) and faiss.downcast_index(index.index).hnsw.efSearch == dense.HNSW_EF_SEARCH
    v = HashEmbedder().embed_batch(["escalation of concerns"])[0]
    found = st.dense_search(v, 10)
    exact = {pid: float(np.dot(vec, v)) for pid, vec in st._db_vectors([pid for pid, _ in found]).items()}
    assert [s for _, s in found] == sorted(exact.values(), reverse=True)  # cosines from the database's vectors


def test_a_search_runs_on_one_thread_and_leaves_the_default_for_building(tmp_path, monkeypatch):
    """One query is searched on one OpenMP thread (more, beside the sentence model's threads, slowed answers), and
    the count is put back to the process's default for the next build."""
    import faiss

    from inquiry_lessons.index.store import dense

    root = tmp_path / "s"
    _write(root, [_report("r0", 20)], exact_index_max=100)
    st = Store.open(root)
    default = dense._default_threads()
    seen: list[int] = []
    search = faiss.IndexIDMap2.search

    def spy(self, *args, **kwargs):
        seen.append(faiss.omp_get_max_threads())
        return search(self, *args, **kwargs)

    monkeypatch.setattr(faiss.IndexIDMap2, "search", spy)
    assert st.dense_search(HashEmbedder().embed_batch(["escalation of concerns"])[0], 5)
    assert seen == [1] and faiss.omp_get_max_threads() == default


def test_a_named_report_is_searched_on_its_own(tmp_path):
    """However low a named report's passages rank in the whole store, its own best ones come back."""
    root = tmp_path / "s"
    _write(root, [_report(f"r{i}", 30) for i in range(10)] + [_report("odd", 5, "zebracrossing")])
    st = Store.open(root)
    emb = HashEmbedder()
    q = "supervision of social workers"
    overall = {pid for pid, _ in st.dense_search(emb.embed_batch([q])[0], 5)}
    own = _ids(st, "odd")
    assert not overall & own
    dense = st.dense_search(emb.embed_batch([q])[0], 5, within={"odd"})
    sparse = st.sparse_search(q, 5, within={"odd"})
    assert dense and {pid for pid, _ in dense} <= own and {pid for pid, _ in sparse} <= own
    assert [pid for pid, _ in st.sparse_search("zebracrossing supervision", 50, within={"odd", "r3"})] and \
        {pid for pid, _ in st.sparse_search("zebracrossing", 50, within={"r3"})} == set()
