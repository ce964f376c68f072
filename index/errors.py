"""Errors raised by the engine. Library code raises; only the entry points (CLI, bot) turn them into a
one-line message and an exit code or a polite reply.

    LessonsError
    ├── IngestError            a file could not be ingested; the store is left as it was
    │   ├── UnsupportedFormat  not PDF, DOCX, HTML, Markdown, plain text, a tracker's CSV, .eml, .epub or a saved page
    │   ├── EncryptedDocument  password-protected PDF, EPUB whose chapters are encrypted (DRM)
    │   ├── EmptyDocument      no text at all
    │   ├── NeedsOCR           a PDF whose pages are images without a text layer
    │   ├── TooLarge           over the configured size limit
    │   ├── ResourceLimit      refused: over a parsing limit (pages, expansion, nesting, memory, time)
    │   ├── BadMetadata        the sidecar FILE.meta.yaml or a metadata flag is not acceptable
    │   └── CorruptDocument    the parser could not read the file
    └── StoreError
        ├── StoreMissing       no store at the path
        ├── StoreMismatch      the store was built with another model or schema
        └── StoreLocked        another process is writing to the store
"""

from __future__ import annotations


class LessonsError(Exception):
    """Base class: the message is meant to be shown to the user as one line."""


class IngestError(LessonsError):
    pass


class UnsupportedFormat(IngestError):
    pass


class EncryptedDocument(IngestError):
    pass


class EmptyDocument(IngestError):
    pass


class NeedsOCR(IngestError):
    pass


class TooLarge(IngestError):
    pass


class ResourceLimit(IngestError):
    """The file would take more than a configured limit to parse (pages, decompressed size, XML or HTML
    nesting, memory, time): refused before or while parsing, so that a hostile file stays cheap."""


class BadMetadata(IngestError):
    pass


class CorruptDocument(IngestError):
    pass


class StoreError(LessonsError):
    pass


class StoreMissing(StoreError):
    pass


class StoreMismatch(StoreError):
    pass


class StoreLocked(StoreError):
    pass
