"""The ingest path: file → parse → clean → passages → metadata → embed → one atomic store write.

``parse/`` reads each format, ``clean`` removes running matter and contents lists, ``passages`` cuts
printed paragraphs, ``metadata`` resolves the report's names, ``pipeline`` runs the whole path, and
``library`` writes the bundled catalogue and lesson cards through that same path.
"""

from .pipeline import IngestResult, Prepared, Progress, embed_passages, ingest, prepare, write_prepared

__all__ = ["IngestResult", "Prepared", "Progress", "embed_passages", "ingest", "prepare", "write_prepared"]
