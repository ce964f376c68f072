"""Inquiry Lessons engine: ingest inquiry reports into a paragraph-level store and answer questions with
cited factor summaries. The bot and the CLI use only what is exported here."""

from .answer.engine import Engine, SourceInfo
from .errors import IngestError, LessonsError, StoreError
from .ingest import IngestResult, ingest
from .settings import Settings, get_settings
from .store import Store
from .types import Answer, Citation, Factor, Passage, PassageOut, Report

__all__ = [
    "Answer",
    "Citation",
    "Engine",
    "Factor",
    "IngestError",
    "IngestResult",
    "LessonsError",
    "Passage",
    "PassageOut",
    "Report",
    "Settings",
    "SourceInfo",
    "Store",
    "StoreError",
    "get_settings",
    "ingest",
]
