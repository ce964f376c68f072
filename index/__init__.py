"""Inquiry Lessons engine: ingest inquiry reports into a paragraph-level store and answer questions with
cited factor summaries.

This module is the engine's public surface. The bot and other callers import from here (and from
``types``, ``errors`` and ``settings``) only; a test pins ``__all__`` and checks the bot's imports.

    index/ingest/   file -> parse -> clean -> passages -> metadata -> embed -> one atomic store write
    index/store/    generations on disk: SQLite, FAISS (dense), bm25s (sparse)
    index/answer/   question -> scope -> retrieve (fusion) -> factors (summarise) -> verify -> Answer
    index/lessons   daily lessons and weekly briefings over any store
"""

from .answer.engine import Engine, SourceInfo
from .answer.text import answer_text, cite, layout, reference
from .errors import IngestError, LessonsError, StoreError
from .ingest import IngestResult, ingest
from .lessons import Briefing, Lesson, LessonPool
from .segment import split_sentences
from .settings import Settings, default_store_path, get_settings
from .store import Store, open_store
from .types import Answer, Citation, Factor, Passage, PassageOut, Report

__all__ = [
    "Answer",
    "Briefing",
    "Citation",
    "Engine",
    "Factor",
    "IngestError",
    "IngestResult",
    "Lesson",
    "LessonPool",
    "LessonsError",
    "Passage",
    "PassageOut",
    "Report",
    "Settings",
    "SourceInfo",
    "Store",
    "StoreError",
    "answer_text",
    "cite",
    "default_store_path",
    "get_settings",
    "ingest",
    "layout",
    "open_store",
    "reference",
    "split_sentences",
]
